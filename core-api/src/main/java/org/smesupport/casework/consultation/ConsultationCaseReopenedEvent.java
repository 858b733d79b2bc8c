package org.smesupport.casework.consultation;

import java.time.LocalDate;

public record ConsultationCaseReopenedEvent(
        ConsultationCaseId caseId,
        LocalDate reopenedOn,
        String reason) {
}
