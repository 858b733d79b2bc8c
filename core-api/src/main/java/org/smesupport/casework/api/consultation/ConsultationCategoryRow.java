package org.smesupport.casework.api.consultation;

import java.math.BigDecimal;

/**
 * A row of the category table: counts and percentage shares of each year's total for A and B, B − A
 * and B/A %. Percentages have one decimal, rounded half-up; a share is {@code null} when the year has
 * no sessions, B/A % when A is 0. When A is before the records (no sessions were recorded then, and the report
 * publishes no breakdown to import) {@code countA}, {@code shareA}, {@code difference} and {@code ratio} are
 * {@code null}: printed "―", not 0.
 */
public record ConsultationCategoryRow(
        String code,
        String label,
        Long countA,
        BigDecimal shareA,
        long countB,
        BigDecimal shareB,
        Long difference,
        BigDecimal ratio) {
}
