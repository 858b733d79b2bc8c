package org.smesupport.casework.query;

import java.math.BigDecimal;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Writes the report CSVs (RFC 4180): comma-separated cells, CRLF line ends, a cell quoted when it holds a
 * comma, a quote or a line break; an absent value is an empty cell and decimals are written in full
 * ({@code 88.5}, never {@code 8.85E+1}).
 */
public final class Csv {

    private static final String NEWLINE = "\r\n";

    private Csv() {
    }

    public static void line(StringBuilder csv, Object... cells) {
        csv.append(Stream.of(cells).map(Csv::cell).collect(Collectors.joining(","))).append(NEWLINE);
    }

    /** The empty line between two tables. */
    public static void blankLine(StringBuilder csv) {
        csv.append(NEWLINE);
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
