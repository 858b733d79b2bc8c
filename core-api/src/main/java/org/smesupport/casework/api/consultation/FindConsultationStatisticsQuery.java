package org.smesupport.casework.api.consultation;

/** The consultation report for fiscal year {@code fiscalYear} (B) against the year before (A). */
public record FindConsultationStatisticsQuery(int fiscalYear) {
}
