package org.smesupport.casework.api.consultation;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.smesupport.casework.api.common.PersonalData;

@Revision("1")
public record ConsultationCaseClosedEvent(
        ConsultationCaseId caseId,
        LocalDate closedOn,
        CaseOutcome outcome,
        @PersonalData String summary) {
}
