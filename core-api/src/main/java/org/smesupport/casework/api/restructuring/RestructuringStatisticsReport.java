package org.smesupport.casework.api.restructuring;

import java.util.List;
import org.smesupport.casework.api.common.ReportTable;

/**
 * The tables of the annual report's section I-7 for fiscal year B = {@code fiscalYear}, each over the five years
 * B − 4 … B with A = B − 1: succession consultations and deals, succession diagnoses, succession plans, the
 * restructuring pipeline, and the steps of both improvement-plan subsidies. {@code note} states the counting and
 * rounding rules.
 */
public record RestructuringStatisticsReport(
        int fiscalYear,
        List<String> yearLabels,
        String yearALabel,
        String yearBLabel,
        List<ReportTable> tables,
        String note) {
}
