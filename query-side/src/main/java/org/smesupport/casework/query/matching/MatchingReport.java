package org.smesupport.casework.query.matching;

import java.util.ArrayList;
import java.util.List;
import org.smesupport.casework.api.matching.FairReportRow;
import org.smesupport.casework.api.matching.MatchingFigure;
import org.smesupport.casework.api.matching.MatchingReportLine;
import org.smesupport.casework.api.matching.MatchingStatisticsReport;
import org.smesupport.casework.query.Csv;

/**
 * The matching report as CSV, laid out like the lease report's: the 個別あっせん table over five years with
 * its own header row (counts in 件, amounts in 千円 rounded half-up, the success rate in %, B−A of the rate in
 * points, an undefined ratio an empty cell), a blank line, the 商談会 table of year B (participants and
 * satisfaction % per side, meetings) closed by the year's total and the previous year's, then the note.
 * Negatives carry a minus sign (not △); fields are quoted per RFC 4180 where needed. The exact yen and the
 * answer counts behind each rate are in the JSON form.
 */
final class MatchingReportCsv {

    private MatchingReportCsv() {
    }

    static String render(MatchingStatisticsReport report) {
        StringBuilder csv = new StringBuilder();
        matching(csv, report);
        fairs(csv, report);
        Csv.line(csv, "note", report.note());
        return csv.toString();
    }

    private static void matching(StringBuilder csv, MatchingStatisticsReport report) {
        List<Object> header = new ArrayList<>(List.of("個別あっせん", "label", "unit"));
        for (String label : report.yearLabels()) {
            boolean a = label.equals(report.yearALabel());
            boolean b = label.equals(report.yearBLabel());
            header.add(label + (a ? " (A)" : b ? " (B)" : ""));
        }
        header.addAll(List.of("B-A", "B/A %"));
        Csv.line(csv, header.toArray());
        for (MatchingReportLine row : report.matching()) {
            List<Object> cells = new ArrayList<>(List.of(row.code(), row.label(), unit(row.unit())));
            row.years().forEach(figure -> cells.add(shown(figure)));
            cells.add(shown(row.difference()));
            cells.add(row.ratio());
            Csv.line(csv, cells.toArray());
        }
        Csv.blankLine(csv);
    }

    private static void fairs(StringBuilder csv, MatchingStatisticsReport report) {
        Csv.line(csv, "商談会 " + report.yearBLabel(), "name", "startsOn", "endsOn", "format", "focusArea",
                "発注企業", "発注企業 満足度 %", "受注企業", "受注企業 満足度 %", "商談件数");
        for (FairReportRow fair : report.fairs()) {
            Csv.line(csv, fair.fairId().value(), fair.name(), fair.startsOn(), fair.endsOn(), fair.format(), fair.focusArea(),
                    fair.ordering().participants(), fair.ordering().satisfactionPercent(),
                    fair.supplying().participants(), fair.supplying().satisfactionPercent(), fair.meetings());
        }
        Csv.line(csv, "TOTAL", "合計", null, null, null, null, null, null, null, null, report.meetings());
        Csv.line(csv, "PREVIOUS_YEAR", "前年度 合計 " + report.yearALabel(), null, null, null, null, null, null, null, null,
                report.previousYearMeetings());
        Csv.blankLine(csv);
    }

    private static String unit(MatchingFigure.Unit unit) {
        return switch (unit) {
            case COUNT -> "件";
            case YEN -> "千円";
            case PERCENT -> "%";
        };
    }

    private static Object shown(MatchingFigure figure) {
        if (figure.count() != null) {
            return figure.count();
        }
        return figure.thousandYen() != null ? figure.thousandYen() : figure.percent();
    }
}
