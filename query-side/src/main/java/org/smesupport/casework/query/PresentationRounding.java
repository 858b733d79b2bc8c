package org.smesupport.casework.query;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The report's rounding, applied only when a figure is presented (小数点第二位を四捨五入): amounts in
 * thousands of yen (千円) and percentages to one decimal, each rounded half-up from the exact value. Rounded
 * figures therefore need not add up, as the report itself notes.
 */
public final class PresentationRounding {

    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private PresentationRounding() {
    }

    public static long thousandYen(long yen) {
        return BigDecimal.valueOf(yen).divide(THOUSAND, 0, RoundingMode.HALF_UP).longValueExact();
    }

    /** {@code part} as a percentage of {@code whole} (a share, or B/A %); {@code null} where {@code whole} is zero. */
    public static BigDecimal percent(long part, long whole) {
        if (whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
