package org.smesupport.casework.api.restructuring;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.smesupport.casework.api.common.CountsInFiscalYear;

/**
 * The plan is completed (計画策定完了), from PLAN_DRAFTING only. {@code drastic}: a drastic restructuring
 * (抜本再生, e.g. debt forgiveness) rather than rescheduling. {@code leaseReschedules}: the firm's lease
 * contracts the plan reschedules; each goes to the lease programme as a deferral request with the plan as
 * the reason (and is then approved there, maker-checker). {@code requestedBy}: the signed-in user.
 */
public record CompleteRestructuringPlanCommand(
        @TargetAggregateIdentifier RestructuringCaseId caseId,
        @CountsInFiscalYear LocalDate completedOn,
        boolean drastic,
        String planSummary,
        List<PlannedLeaseReschedule> leaseReschedules,
        String requestedBy) {
}
