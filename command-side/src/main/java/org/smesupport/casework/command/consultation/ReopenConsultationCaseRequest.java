package org.smesupport.casework.command.consultation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.smesupport.casework.api.consultation.ConsultationCaseId;
import org.smesupport.casework.api.consultation.ReopenConsultationCaseCommand;

record ReopenConsultationCaseRequest(
        @NotNull LocalDate reopenedOn,
        @NotBlank @Size(max = 1000) String reason,
        @PositiveOrZero Long expectedVersion) {

    ReopenConsultationCaseCommand toCommand(ConsultationCaseId caseId) {
        return new ReopenConsultationCaseCommand(caseId, reopenedOn, reason, expectedVersion);
    }
}
