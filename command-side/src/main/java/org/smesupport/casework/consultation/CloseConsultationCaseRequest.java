package org.smesupport.casework.consultation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

record CloseConsultationCaseRequest(
        @NotNull LocalDate closedOn,
        @NotNull CaseOutcome outcome,
        @Size(max = 4000) String summary,
        @PositiveOrZero Long expectedVersion) {

    CloseConsultationCaseCommand toCommand(ConsultationCaseId caseId) {
        return new CloseConsultationCaseCommand(caseId, closedOn, outcome, summary, expectedVersion);
    }
}
