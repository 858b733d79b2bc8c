package org.smesupport.casework.api.common;

import java.math.BigDecimal;
import java.util.List;

/**
 * One line of a five-year report table: its figure for each of the years B − 4 … B, then A = B − 1 and B
 * again, B − A (for a rate, in percentage points) and B/A % (one decimal, half-up, from the exact figures;
 * {@code null} when A is 0 or a rate is undefined).
 */
public record ReportLine(
        String code,
        String label,
        ReportFigure.Unit unit,
        List<ReportFigure> years,
        ReportFigure a,
        ReportFigure b,
        ReportFigure difference,
        BigDecimal ratio) {
}
