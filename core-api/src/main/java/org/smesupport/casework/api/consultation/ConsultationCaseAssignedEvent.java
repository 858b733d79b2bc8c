package org.smesupport.casework.api.consultation;

import java.time.LocalDate;

/** {@code assignedOn}: the business date of the assignment; null in events stored before assignments had one. */
public record ConsultationCaseAssignedEvent(
        ConsultationCaseId caseId,
        String caseworker,
        String previousCaseworker,
        LocalDate assignedOn) {
}
