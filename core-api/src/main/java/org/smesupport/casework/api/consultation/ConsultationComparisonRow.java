package org.smesupport.casework.api.consultation;

import java.math.BigDecimal;

/** A year-on-year row: A, B, B − A and B/A % (one decimal, half-up; {@code null} when A is 0). */
public record ConsultationComparisonRow(
        String code,
        String label,
        long countA,
        long countB,
        long difference,
        BigDecimal ratio) {
}
