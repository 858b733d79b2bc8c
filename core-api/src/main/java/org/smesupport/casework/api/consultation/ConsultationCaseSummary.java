package org.smesupport.casework.api.consultation;

import java.time.LocalDate;

/** A case as the case list shows it; {@code version} is the expected version for the next command. */
public record ConsultationCaseSummary(
        String caseId,
        String companyId,
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
