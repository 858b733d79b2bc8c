package org.smesupport.casework.api.restructuring;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;

/**
 * One figure of a report line: a {@code count}; a half-counted figure (the 0.5 rule for succession deals) as the
 * exact {@code halves} and {@code halfCounted} = halves / 2 with one decimal (e.g. 15.5); or an amount in exact
 * {@code yen} with {@code thousandYen} (千円, rounded half-up, for presentation only). {@code fiscalYear} and
 * {@code label} name the year; a difference has none.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RestructuringFigure(Integer fiscalYear, String label, Long count, Long halves, BigDecimal halfCounted,
                                  Long yen, Long thousandYen) {

    public enum Unit {
        COUNT,
        HALF_COUNT,
        YEN
    }
}
