package org.smesupport.casework.command.web;

import java.math.BigDecimal;
import org.smesupport.casework.api.common.Yen;

/**
 * Amounts arrive as JSON numbers of whole yen. They are read as {@link BigDecimal} and validated with
 * {@code @Digits(fraction = 0)}, because Jackson would otherwise silently cut {@code 1000.5} to a
 * {@code long} 1000; a fraction of a yen is a 400, never a rounding.
 */
public final class YenAmount {

    /** Enough for any contract or order and far from {@link Long#MAX_VALUE}. */
    public static final int MAX_DIGITS = 15;

    private YenAmount() {
    }

    public static Yen of(BigDecimal amount) {
        return amount == null ? null : Yen.of(amount.longValueExact());
    }

    public static Yen orZero(BigDecimal amount) {
        return amount == null ? Yen.ZERO : of(amount);
    }
}
