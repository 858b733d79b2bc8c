package org.smesupport.casework.api.consultation;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.smesupport.casework.api.common.PersonalData;

/** Carries the case's desk so statistics need no lookup of the case. */
@Revision("1")
public record ConsultationSessionRecordedEvent(
        ConsultationCaseId caseId,
        int sessionNumber,
        Desk desk,
        LocalDate heldOn,
        ConsultationCategory category,
        @PersonalData String counsellor,
        int durationMinutes,
        @PersonalData String notes,
        boolean lawyerConsultation) {
}
