package org.smesupport.casework.api.consultation;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

@Revision("1")
public record ConsultationCaseClosedEvent(
        ConsultationCaseId caseId,
        LocalDate closedOn,
        CaseOutcome outcome,
        String summary) {
}
