package org.smesupport.casework.command.consultation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.smesupport.casework.api.consultation.AssignConsultationCaseCommand;
import org.smesupport.casework.api.consultation.ConsultationCaseId;

record AssignConsultationCaseRequest(
        @NotBlank @Size(max = 100) String caseworker,
        @NotNull LocalDate assignedOn,
        @PositiveOrZero Long expectedVersion) {

    AssignConsultationCaseCommand toCommand(ConsultationCaseId caseId) {
        return new AssignConsultationCaseCommand(caseId, caseworker, assignedOn, expectedVersion);
    }
}
