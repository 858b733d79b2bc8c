package org.smesupport.casework.api.consultation;

import java.util.List;
import org.smesupport.casework.api.common.ReportTable;

/**
 * The consultation tables of the annual report (section I-1) for fiscal year B = {@code fiscalYear}: the five-year
 * tables over B − 4 … B with A = B − 1, in the report's order (よろず支援拠点 相談対応件数; ワンストップ相談 相談件数 with
 * the KIP total; 現場相談; 下請かけこみ寺 with うち弁護士相談; 企業経営の未病相談ダイヤル; 専門家派遣 by kind with the
 * total), and 相談内容内訳, which the report prints for A and B only: sessions of the KIP total by category, each
 * year's share and a total row (shares rounded separately, so they need not sum to 100). {@code note} holds the
 * report's footnotes (※) and the counting rules.
 */
public record ConsultationStatisticsReport(
        int fiscalYear,
        List<String> yearLabels,
        String yearALabel,
        String yearBLabel,
        List<ReportTable> tables,
        List<ConsultationCategoryRow> categories,
        ConsultationCategoryRow total,
        String note) {
}
