package org.smesupport.casework.api.consultation;

import java.time.LocalDate;

/**
 * A case as the case list shows it; {@code version} is the expected version for the next command.
 * {@code reference}: its human-readable reference ({@code api.reference}), {@code null} for the moment
 * between its creation and its numbering.
 * {@code companyName}: the company's current name, read when the query is answered ({@code null} if the
 * company is not in the read model).
 */
public record ConsultationCaseSummary(
        String caseId,
        String reference,
        String companyId,
        String companyName,
        Desk desk,
        String subject,
        ConsultationStatus status,
        String caseworker,
        LocalDate openedOn,
        LocalDate closedOn,
        CaseOutcome outcome,
        int sessionCount,
        int dispatchCount,
        LocalDate lastActivityOn,
        long version) {
}
