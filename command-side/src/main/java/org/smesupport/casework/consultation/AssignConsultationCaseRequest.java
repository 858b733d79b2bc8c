package org.smesupport.casework.consultation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

record AssignConsultationCaseRequest(
        @NotBlank @Size(max = 100) String caseworker,
        @PositiveOrZero Long expectedVersion) {

    AssignConsultationCaseCommand toCommand(ConsultationCaseId caseId) {
        return new AssignConsultationCaseCommand(caseId, caseworker, expectedVersion);
    }
}
