package org.smesupport.casework.api.consultation;

import java.time.LocalDate;

/**
 * A page of consultation cases, newest opening first. Every filter is optional ({@code null});
 * {@code openedFrom} and {@code openedTo} are inclusive. {@code page} counts from 0.
 */
public record FindConsultationCasesQuery(
        Desk desk,
        ConsultationStatus status,
        String caseworker,
        String companyId,
        LocalDate openedFrom,
        LocalDate openedTo,
        int page,
        int size) {
}
