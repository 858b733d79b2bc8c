package org.smesupport.casework.command.consultation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.smesupport.casework.api.consultation.CaseOutcome;
import org.smesupport.casework.api.consultation.CloseConsultationCaseCommand;
import org.smesupport.casework.api.consultation.ConsultationCaseId;

record CloseConsultationCaseRequest(
        @NotNull LocalDate closedOn,
        @NotNull CaseOutcome outcome,
        @Size(max = 4000) String summary,
        @PositiveOrZero Long expectedVersion) {

    CloseConsultationCaseCommand toCommand(ConsultationCaseId caseId) {
        return new CloseConsultationCaseCommand(caseId, closedOn, outcome, summary, expectedVersion);
    }
}
