package org.smesupport.casework.api.lease;

import java.math.BigDecimal;
import java.util.List;

/**
 * One line of a report table: its figure for each of the five years B − 4 … B, then A = B − 1 and B again,
 * B − A, and B/A % (one decimal, half-up, from the exact figures; {@code null} when A is 0).
 */
public record LeaseReportLine(
        String code,
        String label,
        LeaseFigure.Unit unit,
        List<LeaseFigure> years,
        LeaseFigure a,
        LeaseFigure b,
        LeaseFigure difference,
        BigDecimal ratio) {
}
