package org.smesupport.casework.api.consultation;

import java.util.List;

/**
 * The consultation tables of the annual report (section I-1) for fiscal year B = {@code fiscalYear}
 * against A = B − 1: sessions by category with each year's share and a total row, sessions by desk,
 * lawyer consultations at the subcontracting desk, on-site sessions, expert dispatches by kind, and the
 * total sessions of the five years up to B. Shares are rounded separately, so they need not sum to 100.
 */
public record ConsultationStatisticsReport(
        int fiscalYear,
        String yearALabel,
        String yearBLabel,
        List<ConsultationCategoryRow> categories,
        ConsultationCategoryRow total,
        List<ConsultationComparisonRow> desks,
        ConsultationComparisonRow lawyerConsultations,
        ConsultationComparisonRow onSiteSessions,
        List<ConsultationComparisonRow> expertDispatches,
        List<FiscalYearCount> fiveYearSessions) {
}
