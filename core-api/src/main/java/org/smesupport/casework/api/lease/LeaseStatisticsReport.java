package org.smesupport.casework.api.lease;

import java.util.List;
import org.smesupport.casework.api.common.ReportLine;

/**
 * The lease tables of the annual report (section I-2) for fiscal year B = {@code fiscalYear}, every line
 * over the five years B − 4 … B with A = B − 1: contracts opened (設備貸与: count and amount, in total and by
 * industry), the receivables roll-forward (債権管理: opening arrears, arising, recovered, written off, closing
 * arrears, and money recovered after write-off outside the roll-forward), and interest subsidies (利息補助)
 * for contracts new in the year and for existing ones. Amounts are exact yen with their thousands
 * (千円) rounded half-up beside them; {@code note} says why rounded figures need not add up.
 */
public record LeaseStatisticsReport(
        int fiscalYear,
        List<String> yearLabels,
        String yearALabel,
        String yearBLabel,
        List<ReportLine> contracts,
        List<ReportLine> contractsByIndustry,
        List<ReportLine> receivables,
        List<ReportLine> subsidies,
        String note) {
}
