package org.smesupport.casework.api.consultation;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

@Revision("1")
public record ConsultationCaseReopenedEvent(
        ConsultationCaseId caseId,
        LocalDate reopenedOn,
        String reason) {
}
