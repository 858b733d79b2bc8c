package org.smesupport.casework.command.restructuring;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import org.smesupport.casework.api.restructuring.AdvanceRestructuringStageCommand;
import org.smesupport.casework.api.restructuring.RestructuringCaseId;
import org.smesupport.casework.api.restructuring.RestructuringStage;

record AdvanceRestructuringStageRequest(
        @NotNull RestructuringStage stage,
        @NotNull LocalDate on,
        @PositiveOrZero Long expectedVersion) {

    AdvanceRestructuringStageCommand toCommand(RestructuringCaseId caseId) {
        return new AdvanceRestructuringStageCommand(caseId, stage, on, expectedVersion);
    }
}
