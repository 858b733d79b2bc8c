package org.smesupport.casework.api.plan;

import java.math.BigDecimal;

/**
 * A KPI in one fiscal year: the {@code target} ({@code null} when none was set), the {@code actual} computed from
 * the programme's report ({@code null} for a year that has not begun; one decimal where deals are half-counted)
 * and {@code achievement} = actual / target in percent, one decimal, half-up ({@code null} without a target or
 * an actual, or when the target is 0).
 */
public record KpiYearAchievement(int fiscalYear, String label, Long target, BigDecimal actual,
                                 BigDecimal achievement) {
}
