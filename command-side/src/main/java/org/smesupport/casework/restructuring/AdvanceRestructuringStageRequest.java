package org.smesupport.casework.restructuring;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;

record AdvanceRestructuringStageRequest(
        @NotNull RestructuringStage stage,
        @NotNull LocalDate on,
        @PositiveOrZero Long expectedVersion) {

    AdvanceRestructuringStageCommand toCommand(RestructuringCaseId caseId) {
        return new AdvanceRestructuringStageCommand(caseId, stage, on, expectedVersion);
    }
}
