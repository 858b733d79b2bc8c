package org.smesupport.casework.api.published;

import java.math.BigDecimal;

/** One figure as the centre printed it, keyed by its report, table, line and fiscal year. */
public record PublishedFigure(String report, String table, String line, int fiscalYear, BigDecimal value) {

    /** {@code table.line}, the key a report's line is found under. */
    public String lineKey() {
        return table + "." + line;
    }
}
