package org.smesupport.casework.api.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;

/**
 * One figure of a report line, in the line's {@link Unit}: a {@code count}; a half-counted figure (the 0.5
 * rule, e.g. for succession deals) as the exact {@code halves} and {@code halfCounted} = halves / 2 with one
 * decimal (15.5); an amount in exact {@code yen} with {@code thousandYen} (千円, rounded half-up, for
 * presentation only); or a {@code percent} (one decimal, half-up). {@code fiscalYear} and {@code label} name
 * the year; a difference has none. Only the fields of the unit are present.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReportFigure(Integer fiscalYear, String label, Long count, Long halves, BigDecimal halfCounted,
                           Long yen, Long thousandYen, BigDecimal percent) {

    public enum Unit {
        COUNT,
        HALF_COUNT,
        YEN,
        PERCENT
    }
}
