package org.smesupport.casework.api.restructuring;

import java.util.List;
import org.smesupport.casework.api.common.TimelineEntry;

/**
 * A case in detail: its summary, every stage entered in order, the completed plan ({@code null} before),
 * the creditors with their latest answer, the plan's lease reschedules with what the lease programme made of
 * them, how it ended ({@code null} while open), and every step, oldest first.
 */
public record RestructuringCaseView(
        RestructuringCaseSummary summary,
        List<RestructuringStageEntry> stages,
        RestructuringPlanView plan,
        List<RestructuringCreditorView> creditors,
        List<RestructuringLeaseRescheduleView> leaseReschedules,
        RestructuringCaseEnding ending,
        List<TimelineEntry> timeline) {
}
