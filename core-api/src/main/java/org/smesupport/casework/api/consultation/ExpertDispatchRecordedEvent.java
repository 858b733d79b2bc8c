package org.smesupport.casework.api.consultation;

import java.time.LocalDate;

public record ExpertDispatchRecordedEvent(
        ConsultationCaseId caseId,
        int dispatchNumber,
        Desk desk,
        LocalDate dispatchedOn,
        ExpertDispatchKind kind,
        String expert,
        String notes) {
}
