package org.smesupport.casework.query.matching;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.smesupport.casework.api.common.FiscalYear;
import org.smesupport.casework.api.matching.MatchingFigure;
import org.smesupport.casework.query.PresentationRounding;

/**
 * The report's presentation rounding, applied only when a figure is shown: thousands of yen (千円) and
 * percentages to one decimal, each rounded half-up (四捨五入, away from zero on a tie), always from the exact
 * counts and yen. The lease report's {@code ReportFigures} does the same for its own figure type but is
 * private to the lease package, hence this one.
 */
final class MatchingFigures {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private MatchingFigures() {
    }

    /**
     * B − A of two rates b/a in percentage points, from the exact fractions (not from the rounded rates):
     * 100 × (bB × aA − bA × aB) / (aB × aA); {@code null} where either rate is undefined.
     */
    static BigDecimal rateDifference(long partB, long wholeB, long partA, long wholeA) {
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
    static BigDecimal rateRatio(long partB, long wholeB, long partA, long wholeA) {
        if (wholeB == 0 || wholeA == 0 || partA == 0) {
            return null;
        }
        return percent(BigDecimal.valueOf(partB).multiply(BigDecimal.valueOf(wholeA)),
                BigDecimal.valueOf(wholeB).multiply(BigDecimal.valueOf(partA)));
    }

    static MatchingFigure figure(MatchingFigure.Unit unit, FiscalYear year, long value) {
        Integer fiscalYear = year == null ? null : year.startYear();
        String label = year == null ? null : year.label();
        return unit == MatchingFigure.Unit.COUNT
                ? new MatchingFigure(fiscalYear, label, value, null, null, null)
                : new MatchingFigure(fiscalYear, label, null, value, PresentationRounding.thousandYen(value), null);
    }

    static MatchingFigure rate(FiscalYear year, BigDecimal percent) {
        return new MatchingFigure(year == null ? null : year.startYear(), year == null ? null : year.label(),
                null, null, null, percent);
    }

    private static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return part.multiply(HUNDRED).divide(whole, 1, RoundingMode.HALF_UP);
    }
}
