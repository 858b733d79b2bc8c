package org.smesupport.casework.api.lease;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One figure of a report line: a count, or an amount in exact {@code yen} with {@code thousandYen} (千円,
 * rounded half-up, for presentation only). {@code fiscalYear} and {@code label} name the year; a
 * difference has none.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LeaseFigure(Integer fiscalYear, String label, Long count, Long yen, Long thousandYen) {

    public enum Unit {
        COUNT,
        YEN
    }
}
