package org.smesupport.casework.api.matching;

import java.math.BigDecimal;
import java.util.List;

/**
 * One line of the 個別あっせん table: its figure for each of the five years B − 4 … B, then A = B − 1 and B
 * again, B − A (for the success rate, in percentage points) and B/A % (one decimal, half-up, from the
 * exact figures; {@code null} when A is 0).
 */
public record MatchingReportLine(
        String code,
        String label,
        MatchingFigure.Unit unit,
        List<MatchingFigure> years,
        MatchingFigure a,
        MatchingFigure b,
        MatchingFigure difference,
        BigDecimal ratio) {
}
