package org.smesupport.casework.query.restructuring;

import java.util.ArrayList;
import java.util.List;
import org.smesupport.casework.api.restructuring.RestructuringFigure;
import org.smesupport.casework.api.restructuring.RestructuringReportLine;
import org.smesupport.casework.api.restructuring.RestructuringReportTable;
import org.smesupport.casework.api.restructuring.RestructuringStatisticsReport;
import org.smesupport.casework.query.Csv;

/**
 * The section I-7 report as CSV, laid out like the matching report's: per table a header row (its title, the
 * five years with A and B marked, B-A, B/A %), its lines (counts in 件, the deals line half-counted with one
 * decimal, amounts in 千円 rounded half-up, an undefined ratio an empty cell) and a blank line; then the note.
 * Negatives carry a minus sign (not △); fields are quoted per RFC 4180 where needed.
 */
final class RestructuringReportCsv {

    private RestructuringReportCsv() {
    }

    static String render(RestructuringStatisticsReport report) {
        StringBuilder csv = new StringBuilder();
        for (RestructuringReportTable table : report.tables()) {
            List<Object> header = new ArrayList<>(List.of(table.title(), "label", "unit"));
            for (String label : report.yearLabels()) {
                boolean a = label.equals(report.yearALabel());
                boolean b = label.equals(report.yearBLabel());
                header.add(label + (a ? " (A)" : b ? " (B)" : ""));
            }
            header.addAll(List.of("B-A", "B/A %"));
            Csv.line(csv, header.toArray());
            for (RestructuringReportLine row : table.lines()) {
                List<Object> cells = new ArrayList<>(List.of(row.code(), row.label(), unit(row.unit())));
                row.years().forEach(figure -> cells.add(shown(figure)));
                cells.add(shown(row.difference()));
                cells.add(row.ratio());
                Csv.line(csv, cells.toArray());
            }
            Csv.blankLine(csv);
        }
        Csv.line(csv, "note", report.note());
        return csv.toString();
    }

    private static String unit(RestructuringFigure.Unit unit) {
        return switch (unit) {
            case COUNT, HALF_COUNT -> "件";
            case YEN -> "千円";
        };
    }

    private static Object shown(RestructuringFigure figure) {
        if (figure.count() != null) {
            return figure.count();
        }
        return figure.halfCounted() != null ? figure.halfCounted() : figure.thousandYen();
    }
}
