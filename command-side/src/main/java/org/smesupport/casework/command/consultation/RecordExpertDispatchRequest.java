package org.smesupport.casework.command.consultation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.smesupport.casework.api.consultation.ConsultationCaseId;
import org.smesupport.casework.api.consultation.ExpertDispatchKind;
import org.smesupport.casework.api.consultation.RecordExpertDispatchCommand;

record RecordExpertDispatchRequest(
        @NotNull LocalDate dispatchedOn,
        @NotNull ExpertDispatchKind kind,
        @NotBlank @Size(max = 100) String expert,
        @Size(max = 4000) String notes,
        @PositiveOrZero Long expectedVersion) {

    RecordExpertDispatchCommand toCommand(ConsultationCaseId caseId) {
        return new RecordExpertDispatchCommand(caseId, dispatchedOn, kind, expert, notes, expectedVersion);
    }
}
