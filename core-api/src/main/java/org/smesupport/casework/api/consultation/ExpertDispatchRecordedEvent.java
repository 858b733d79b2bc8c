package org.smesupport.casework.api.consultation;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

@Revision("1")
public record ExpertDispatchRecordedEvent(
        ConsultationCaseId caseId,
        int dispatchNumber,
        Desk desk,
        LocalDate dispatchedOn,
        ExpertDispatchKind kind,
        String expert,
        String notes) {
}
