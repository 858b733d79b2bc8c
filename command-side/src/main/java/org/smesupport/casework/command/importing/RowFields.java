package org.smesupport.casework.command.importing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Reads the cells of one row as the values a command needs, noting a problem for each cell that is missing or
 * does not read (so one pass over a file reports every problem, not the first): each reader answers {@code null}
 * for a cell it could not read, and {@link #readable()} says whether the row read without a problem.
 */
public final class RowFields {

    private final ImportRow row;
    private final ImportFindings findings;
    private boolean readable = true;

    RowFields(ImportRow row, ImportFindings findings) {
        this.row = row;
        this.findings = findings;
    }

    public int number() {
        return row.number();
    }

    public boolean readable() {
        return readable;
    }

    /** The cell's text, trimmed; {@code null} when blank. */
    public String optionalText(String column) {
        return row.values().get(column);
    }

    public String text(String column) {
        String text = optionalText(column);
        if (text == null) {
            problem(column, "import.field.required", column);
        }
        return text;
    }

    public Integer integer(String column) {
        String text = text(column);
        if (text == null) {
            return null;
        }
        try {
            return Integer.valueOf(withoutSeparators(text));
        } catch (NumberFormatException e) {
            problem(column, "import.field.notInteger", column, text);
            return null;
        }
    }

    public Long optionalLong(String column) {
        String text = optionalText(column);
        if (text == null) {
            return null;
        }
        try {
            return Long.valueOf(withoutSeparators(text));
        } catch (NumberFormatException e) {
            problem(column, "import.field.notInteger", column, text);
            return null;
        }
    }

    /** A decimal as printed: thousands separators are allowed, △ or a minus sign marks a negative. */
    public BigDecimal decimal(String column) {
        String text = text(column);
        if (text == null) {
            return null;
        }
        String plain = withoutSeparators(text);
        if (plain.startsWith("△") || plain.startsWith("▲")) {
            plain = "-" + plain.substring(1);
        }
        try {
            return new BigDecimal(plain);
        } catch (NumberFormatException e) {
            problem(column, "import.field.notNumber", column, text);
            return null;
        }
    }

    public LocalDate date(String column) {
        String text = text(column);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problem(column, "import.field.notDate", column, text);
            return null;
        }
    }

    /** The constant named in the cell, e.g. {@code MANUFACTURING}. */
    public <E extends Enum<E>> E oneOf(String column, Class<E> type) {
        String text = text(column);
        if (text == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(text)) {
                return constant;
            }
        }
        problem(column, "import.field.notOneOf", column,
                Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")), text);
        return null;
    }

    /** A problem of the row found by the import's own rules (not by reading a cell). */
    public void problem(String column, String code, Object... arguments) {
        readable = false;
        findings.problem(row.number(), column, code, arguments);
    }

    /** Something worth knowing about the row that does not stop the import. */
    public void warning(String column, String code, Object... arguments) {
        findings.warning(row.number(), column, code, arguments);
    }

    private static String withoutSeparators(String text) {
        return text.replace(",", "").replace("，", "");
    }
}
