package org.smesupport.casework.api.consultation;

import java.time.LocalDate;

/** Carries the case's desk so statistics need no lookup of the case. */
public record ConsultationSessionRecordedEvent(
        ConsultationCaseId caseId,
        int sessionNumber,
        Desk desk,
        LocalDate heldOn,
        ConsultationCategory category,
        String counsellor,
        int durationMinutes,
        String notes,
        boolean lawyerConsultation) {
}
