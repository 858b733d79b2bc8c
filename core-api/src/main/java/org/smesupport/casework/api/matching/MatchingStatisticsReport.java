package org.smesupport.casework.api.matching;

import java.util.List;
import org.smesupport.casework.api.common.ReportLine;

/**
 * The business-matching tables of the annual report (section I-3) for fiscal year B = {@code fiscalYear}:
 * 個別あっせん over the five years B − 4 … B with A = B − 1 (order requests received, supplier registrations,
 * introductions a, deals concluded b, success rate b/a %, initial order amount), and the 商談会 table of
 * year B, fair by fair in date order, with the year's meetings and the previous year's. {@code note} states
 * the counting and rounding rules.
 */
public record MatchingStatisticsReport(
        int fiscalYear,
        List<String> yearLabels,
        String yearALabel,
        String yearBLabel,
        List<ReportLine> matching,
        List<FairReportRow> fairs,
        long meetings,
        long previousYearMeetings,
        String note) {
}
