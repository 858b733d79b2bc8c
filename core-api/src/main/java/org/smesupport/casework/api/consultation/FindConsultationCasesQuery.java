package org.smesupport.casework.api.consultation;

import java.time.LocalDate;

/**
 * A page of consultation cases, newest opening first. Every filter is optional ({@code null});
 * {@code openedFrom} and {@code openedTo} are inclusive; {@code reference} is the case's reference, exactly as
 * written ({@code 相談-2020-000123}). {@code page} counts from 0.
 */
public record FindConsultationCasesQuery(
        Desk desk,
        ConsultationStatus status,
        String caseworker,
        String companyId,
        LocalDate openedFrom,
        LocalDate openedTo,
        String reference,
        int page,
        int size) {
}
