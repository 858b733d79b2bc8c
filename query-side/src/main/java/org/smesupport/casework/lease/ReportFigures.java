package org.smesupport.casework.lease;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.smesupport.casework.common.FiscalYear;

/**
 * The report's presentation rounding, applied only when a figure is shown: thousands of yen (千円) and
 * percentages to one decimal, each rounded half-up (四捨五入, away from zero on a tie, so −1,500 yen shows as
 * −2 千円). Every sum and difference is taken in exact yen before rounding.
 */
final class ReportFigures {

    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ReportFigures() {
    }

    static long thousandYen(long yen) {
        return BigDecimal.valueOf(yen).divide(THOUSAND, 0, RoundingMode.HALF_UP).longValueExact();
    }

    /** B/A %: {@code part} as a percentage of {@code whole}; {@code null} where {@code whole} is zero. */
    static BigDecimal percent(long part, long whole) {
        if (whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    static LeaseFigure figure(LeaseFigure.Unit unit, FiscalYear year, long value) {
        Integer fiscalYear = year == null ? null : year.startYear();
        String label = year == null ? null : year.label();
        return unit == LeaseFigure.Unit.COUNT
                ? new LeaseFigure(fiscalYear, label, value, null, null)
                : new LeaseFigure(fiscalYear, label, null, value, thousandYen(value));
    }
}
