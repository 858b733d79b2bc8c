package org.smesupport.casework.api.consultation;

import java.time.LocalDate;

public record ConsultationCaseClosedEvent(
        ConsultationCaseId caseId,
        LocalDate closedOn,
        CaseOutcome outcome,
        String summary) {
}
