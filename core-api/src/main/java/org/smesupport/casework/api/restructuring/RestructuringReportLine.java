package org.smesupport.casework.api.restructuring;

import java.math.BigDecimal;
import java.util.List;

/**
 * One line of a table: its figure for each of the five years B − 4 … B, then A = B − 1 and B again, B − A and
 * B/A % (one decimal, half-up, from the exact figures; {@code null} when A is 0).
 */
public record RestructuringReportLine(
        String code,
        String label,
        RestructuringFigure.Unit unit,
        List<RestructuringFigure> years,
        RestructuringFigure a,
        RestructuringFigure b,
        RestructuringFigure difference,
        BigDecimal ratio) {
}
