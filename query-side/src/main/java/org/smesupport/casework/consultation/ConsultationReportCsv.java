package org.smesupport.casework.consultation;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The report as CSV: one table per section, each with its own header row, separated by a blank line.
 * Numbers are plain (negative with a minus sign, not △), percentages with one decimal, an undefined
 * percentage is an empty cell. Fields are quoted per RFC 4180 where needed.
 */
final class ConsultationReportCsv {

    private static final String NEWLINE = "\r\n";

    private ConsultationReportCsv() {
    }

    static String render(ConsultationStatisticsReport report) {
        String a = "A " + report.yearALabel();
        String b = "B " + report.yearBLabel();
        StringBuilder csv = new StringBuilder();
        line(csv, "category", "label", a, "share A %", b, "share B %", "B-A", "B/A %");
        Stream.concat(report.categories().stream(), Stream.of(report.total())).forEach(row -> line(csv,
                row.code(), row.label(), row.countA(), row.shareA(), row.countB(), row.shareB(), row.difference(), row.ratio()));
        comparisons(csv, "desk", a, b, report.desks());
        comparisons(csv, "item", a, b, List.of(report.lawyerConsultations(), report.onSiteSessions()));
        comparisons(csv, "expert dispatch", a, b, report.expertDispatches());
        csv.append(NEWLINE);
        line(csv, "fiscal year", "label", "sessions");
        report.fiveYearSessions().forEach(year -> line(csv, year.fiscalYear(), year.label(), year.count()));
        return csv.toString();
    }

    private static void comparisons(StringBuilder csv, String heading, String a, String b,
                                    List<ConsultationComparisonRow> rows) {
        csv.append(NEWLINE);
        line(csv, heading, "label", a, b, "B-A", "B/A %");
        rows.forEach(row -> line(csv, row.code(), row.label(), row.countA(), row.countB(), row.difference(), row.ratio()));
    }

    private static void line(StringBuilder csv, Object... cells) {
        csv.append(Stream.of(cells).map(ConsultationReportCsv::cell).collect(Collectors.joining(","))).append(NEWLINE);
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
