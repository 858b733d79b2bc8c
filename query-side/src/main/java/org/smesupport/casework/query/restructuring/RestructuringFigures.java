package org.smesupport.casework.query.restructuring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.smesupport.casework.api.common.FiscalYear;
import org.smesupport.casework.api.restructuring.RestructuringFigure;
import org.smesupport.casework.query.PresentationRounding;

/**
 * The report's presentation rounding, applied only when a figure is shown: half-counted deals as halves / 2 with
 * one decimal (exact: a half is 0.5), 千円 and percentages to one decimal rounded half-up (四捨五入), always from
 * the exact counts and yen. The matching and lease reports keep their own helpers private to their packages.
 */
final class RestructuringFigures {

    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private RestructuringFigures() {
    }

    /** 31 halves → 15.5; 92 → 46.0. */
    static BigDecimal halfCounted(long halves) {
        return BigDecimal.valueOf(halves).divide(TWO, 1, RoundingMode.UNNECESSARY);
    }

    static RestructuringFigure figure(RestructuringFigure.Unit unit, FiscalYear year, long value) {
        Integer fiscalYear = year == null ? null : year.startYear();
        String label = year == null ? null : year.label();
        return switch (unit) {
            case COUNT -> new RestructuringFigure(fiscalYear, label, value, null, null, null, null);
            case HALF_COUNT -> new RestructuringFigure(fiscalYear, label, null, value, halfCounted(value), null, null);
            case YEN -> new RestructuringFigure(fiscalYear, label, null, null, null, value, PresentationRounding.thousandYen(value));
        };
    }
}
