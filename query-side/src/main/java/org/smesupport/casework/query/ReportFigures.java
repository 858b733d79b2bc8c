package org.smesupport.casework.query;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.smesupport.casework.api.common.FiscalYear;
import org.smesupport.casework.api.common.ReportFigure;

/**
 * Builds report figures from exact values, applying the report's presentation rounding only to what is shown
 * ({@link PresentationRounding}): 千円 rounded half-up (away from zero on a tie, so −1,500 yen shows as −2 千円),
 * half-counts as halves / 2 (exact: a half is 0.5), percentages to one decimal half-up. Every sum, difference
 * and ratio is taken from the exact counts and yen before rounding.
 */
public final class ReportFigures {

    private static final BigDecimal TWO = BigDecimal.valueOf(2);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ReportFigures() {
    }

    /** The figure of {@code year} ({@code null} for a difference) in the line's unit. */
    public static ReportFigure figure(ReportFigure.Unit unit, FiscalYear year, long value) {
        Integer fiscalYear = year == null ? null : year.startYear();
        String label = year == null ? null : year.label();
        return switch (unit) {
            case COUNT, COMPANIES, TIMES -> new ReportFigure(fiscalYear, label, value, null, null, null, null, null);
            case HALF_COUNT -> new ReportFigure(fiscalYear, label, null, value, halfCounted(value), null, null, null);
            case YEN -> new ReportFigure(fiscalYear, label, null, null, null, value, PresentationRounding.thousandYen(value),
                    null);
            case PERCENT -> throw new IllegalArgumentException("a rate is built from its parts: use rate(year, percent)");
        };
    }

    public static ReportFigure rate(FiscalYear year, BigDecimal percent) {
        return new ReportFigure(year == null ? null : year.startYear(), year == null ? null : year.label(),
                null, null, null, null, null, percent);
    }

    /** 31 halves → 15.5; 92 → 46.0. */
    public static BigDecimal halfCounted(long halves) {
        return BigDecimal.valueOf(halves).divide(TWO, 1, RoundingMode.UNNECESSARY);
    }

    /**
     * B − A of two rates b/a in percentage points, from the exact fractions (not from the rounded rates):
     * 100 × (bB × aA − bA × aB) / (aB × aA); {@code null} where either rate is undefined.
     */
    public static BigDecimal rateDifference(long partB, long wholeB, long partA, long wholeA) {
        if (wholeB == 0 || wholeA == 0) {
            return null;
        }
        BigDecimal numerator = BigDecimal.valueOf(partB).multiply(BigDecimal.valueOf(wholeA))
                .subtract(BigDecimal.valueOf(partA).multiply(BigDecimal.valueOf(wholeB)));
        return percent(numerator, BigDecimal.valueOf(wholeB).multiply(BigDecimal.valueOf(wholeA)));
    }

    /**
     * B/A % of two rates b/a, from the exact fractions: 100 × bB × aA / (aB × bA); {@code null} where either
     * rate is undefined or A's is zero.
     */
    public static BigDecimal rateRatio(long partB, long wholeB, long partA, long wholeA) {
        if (wholeB == 0 || wholeA == 0 || partA == 0) {
            return null;
        }
        return percent(BigDecimal.valueOf(partB).multiply(BigDecimal.valueOf(wholeA)),
                BigDecimal.valueOf(wholeB).multiply(BigDecimal.valueOf(partA)));
    }

    private static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return part.multiply(HUNDRED).divide(whole, 1, RoundingMode.HALF_UP);
    }
}
