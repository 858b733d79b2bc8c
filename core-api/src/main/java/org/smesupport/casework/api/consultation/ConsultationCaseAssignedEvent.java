package org.smesupport.casework.api.consultation;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** {@code assignedOn}: the business date of the assignment; null in events stored before assignments had one. */
@Revision("1")
public record ConsultationCaseAssignedEvent(
        ConsultationCaseId caseId,
        String caseworker,
        String previousCaseworker,
        LocalDate assignedOn) {
}
