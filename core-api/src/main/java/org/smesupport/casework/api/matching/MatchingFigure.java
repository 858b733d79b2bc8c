package org.smesupport.casework.api.matching;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;

/**
 * One figure of a report line: a count, an amount in exact {@code yen} with {@code thousandYen} (千円,
 * rounded half-up, for presentation only), or a {@code percent} (one decimal, half-up). {@code fiscalYear}
 * and {@code label} name the year; a difference has none.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MatchingFigure(Integer fiscalYear, String label, Long count, Long yen, Long thousandYen,
                             BigDecimal percent) {

    public enum Unit {
        COUNT,
        YEN,
        PERCENT
    }
}
