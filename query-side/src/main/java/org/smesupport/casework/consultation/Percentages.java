package org.smesupport.casework.consultation;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The report's percentages: one decimal, rounded half-up (小数点第二位を四捨五入), computed from exact
 * counts at presentation time only; {@code null} where the denominator is zero.
 */
final class Percentages {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Percentages() {
    }

    /** {@code part} as a percentage of {@code whole}: a share, or B/A % with part = B and whole = A. */
    static BigDecimal of(long part, long whole) {
        if (whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
