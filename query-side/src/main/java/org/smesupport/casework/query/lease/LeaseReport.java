package org.smesupport.casework.query.lease;

import java.util.ArrayList;
import java.util.List;
import org.smesupport.casework.api.lease.LeaseFigure;
import org.smesupport.casework.api.lease.LeaseReportLine;
import org.smesupport.casework.api.lease.LeaseStatisticsReport;
import org.smesupport.casework.query.Csv;

/**
 * The lease report as CSV, as the annual report prints it: one table per section with its own header row,
 * separated by a blank line; counts in 件, amounts in 千円 (rounded half-up), negatives with a minus sign
 * (not △), an undefined B/A % an empty cell; the rounding note last. Fields are quoted per RFC 4180 where
 * needed. The exact yen are in the JSON form.
 */
final class LeaseReportCsv {

    private LeaseReportCsv() {
    }

    static String render(LeaseStatisticsReport report) {
        StringBuilder csv = new StringBuilder();
        table(csv, "設備貸与", report, report.contracts());
        table(csv, "設備貸与 業種別", report, report.contractsByIndustry());
        table(csv, "債権管理", report, report.receivables());
        table(csv, "利息補助", report, report.subsidies());
        Csv.line(csv, "note", report.note());
        return csv.toString();
    }

    private static void table(StringBuilder csv, String heading, LeaseStatisticsReport report, List<LeaseReportLine> lines) {
        List<Object> header = new ArrayList<>(List.of(heading, "label", "unit"));
        for (int index = 0; index < report.yearLabels().size(); index++) {
            String label = report.yearLabels().get(index);
            boolean a = label.equals(report.yearALabel());
            boolean b = label.equals(report.yearBLabel());
            header.add(label + (a ? " (A)" : b ? " (B)" : ""));
        }
        header.addAll(List.of("B-A", "B/A %"));
        Csv.line(csv, header.toArray());
        for (LeaseReportLine row : lines) {
            List<Object> cells = new ArrayList<>(List.of(row.code(), row.label(),
                    row.unit() == LeaseFigure.Unit.COUNT ? "件" : "千円"));
            row.years().forEach(figure -> cells.add(shown(figure)));
            cells.add(shown(row.difference()));
            cells.add(row.ratio());
            Csv.line(csv, cells.toArray());
        }
        Csv.blankLine(csv);
    }

    private static long shown(LeaseFigure figure) {
        return figure.count() != null ? figure.count() : figure.thousandYen();
    }
}
