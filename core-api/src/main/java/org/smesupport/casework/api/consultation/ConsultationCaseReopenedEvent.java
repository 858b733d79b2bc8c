package org.smesupport.casework.api.consultation;

import java.time.LocalDate;

public record ConsultationCaseReopenedEvent(
        ConsultationCaseId caseId,
        LocalDate reopenedOn,
        String reason) {
}
