package org.smesupport.casework.query;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.smesupport.casework.api.common.ReportFigure;
import org.smesupport.casework.api.common.ReportLine;

/**
 * Writes the report CSVs (RFC 4180): comma-separated cells, CRLF line ends, a cell quoted when it holds a
 * comma, a quote or a line break; an absent value is an empty cell and decimals are written in full
 * ({@code 88.5}, never {@code 8.85E+1}).
 */
public final class Csv {

    private static final String NEWLINE = "\r\n";
    /** Column headings in Japanese, as the JSON's labels are: the report is read in Excel by its Japanese staff. */
    public static final String LABEL = "項目";
    public static final String UNIT = "単位";
    public static final String NOTE = "注記";
    /** A year without a figure, as the report prints it. */
    public static final String NO_FIGURE = "―";

    private Csv() {
    }

    public static void line(StringBuilder csv, Object... cells) {
        csv.append(Stream.of(cells).map(Csv::cell).collect(Collectors.joining(","))).append(NEWLINE);
    }

    /** The empty line between two tables. */
    public static void blankLine(StringBuilder csv) {
        csv.append(NEWLINE);
    }

    /**
     * A five-year table as the annual report prints it: a header row (the table's heading, the years with A and
     * B marked, B-A, B/A %), one row per line (counts in 件, half-counts with one decimal, amounts in 千円 rounded
     * half-up, rates in % with B-A in points, an undefined figure an empty cell, "―" for a year without a figure),
     * then a blank line. Negatives carry a minus sign; the exact yen are in the JSON form. The last column says which
     * figures are published ones, which do not add up, and where a recorded figure differs from the published.
     */
    public static void table(StringBuilder csv, String heading, List<String> yearLabels, String yearALabel,
                             String yearBLabel, List<ReportLine> lines) {
        List<Object> header = new ArrayList<>(List.of(heading, LABEL, UNIT));
        for (String label : yearLabels) {
            header.add(label + (label.equals(yearALabel) ? " (A)" : label.equals(yearBLabel) ? " (B)" : ""));
        }
        header.addAll(List.of("B-A", "B/A %", NOTE));
        line(csv, header.toArray());
        for (ReportLine row : lines) {
            List<Object> cells = new ArrayList<>(List.of(row.code(), row.label(), unit(row.unit())));
            row.years().forEach(figure -> cells.add(shown(figure)));
            cells.add(shown(row.difference()));
            cells.add(row.ratio());
            cells.add(FigureNotes.of(row));
            line(csv, cells.toArray());
        }
        blankLine(csv);
    }

    private static String unit(ReportFigure.Unit unit) {
        return switch (unit) {
            case COUNT, HALF_COUNT -> "件";
            case COMPANIES -> "社";
            case TIMES -> "回";
            case YEN -> "千円";
            case PERCENT -> "%";
        };
    }

    private static Object shown(ReportFigure figure) {
        if (figure.source() == ReportFigure.Source.NONE) {
            return NO_FIGURE;
        }
        if (figure.count() != null) {
            return figure.count();
        }
        if (figure.halfCounted() != null) {
            return figure.halfCounted();
        }
        return figure.thousandYen() != null ? figure.thousandYen() : figure.percent();
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
