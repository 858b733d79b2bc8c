package org.smesupport.casework.api.restructuring;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.smesupport.casework.api.common.CountsInFiscalYear;

/**
 * Moves the case to the next stage: FIRST_RESPONSE → SECOND_STAGE (2次対応開始) → PLAN_DRAFTING
 * (計画策定支援中). {@code stage} names the stage being entered; a step out of order is refused. Plan
 * completion has its own command, because it carries the plan.
 */
public record AdvanceRestructuringStageCommand(
        @TargetAggregateIdentifier RestructuringCaseId caseId,
        RestructuringStage stage,
        @CountsInFiscalYear LocalDate on,
        @TargetAggregateVersion Long expectedVersion) {
}
