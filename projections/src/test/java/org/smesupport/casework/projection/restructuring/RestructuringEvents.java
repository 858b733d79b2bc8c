package org.smesupport.casework.projection.restructuring;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.smesupport.casework.api.common.Yen;
import org.smesupport.casework.api.company.CompanyId;
import org.smesupport.casework.api.lease.Instalment;
import org.smesupport.casework.api.lease.LeaseContractId;
import org.smesupport.casework.api.restructuring.ImprovementSubsidyId;
import org.smesupport.casework.api.restructuring.ImprovementSubsidyKind;
import org.smesupport.casework.api.restructuring.ImprovementSubsidyStep;
import org.smesupport.casework.api.restructuring.ImprovementSubsidyStepRecordedEvent;
import org.smesupport.casework.api.restructuring.PlannedLeaseReschedule;
import org.smesupport.casework.api.restructuring.RestructuringCaseEndedEvent;
import org.smesupport.casework.api.restructuring.RestructuringCaseId;
import org.smesupport.casework.api.restructuring.RestructuringCaseOpenedEvent;
import org.smesupport.casework.api.restructuring.RestructuringPlanCompletedEvent;
import org.smesupport.casework.api.restructuring.RestructuringStage;
import org.smesupport.casework.api.restructuring.RestructuringStageAdvancedEvent;
import org.smesupport.casework.api.restructuring.SpecialReschedulingAppliedEvent;

/** Restructuring events for projection tests, with the fields a test does not care about filled in. */
final class RestructuringEvents {

    private RestructuringEvents() {
    }

    static RestructuringCaseOpenedEvent opened(String id, LocalDate on) {
        return new RestructuringCaseOpenedEvent(RestructuringCaseId.of(id), CompanyId.of("C-" + id), "cash-flow squeeze", on);
    }

    static RestructuringStageAdvancedEvent advanced(String id, RestructuringStage from, RestructuringStage to, LocalDate on) {
        return new RestructuringStageAdvancedEvent(RestructuringCaseId.of(id), from, to, on);
    }

    static RestructuringPlanCompletedEvent completed(String id, LocalDate on, boolean drastic, String... leases) {
        List<PlannedLeaseReschedule> reschedules = Arrays.stream(leases)
                .map(lease -> new PlannedLeaseReschedule(LeaseContractId.of(lease), List.of(
                        new Instalment(1, on.plusMonths(1), Yen.of(10_000), Yen.ZERO),
                        new Instalment(2, on.plusMonths(2), Yen.of(10_000), Yen.ZERO))))
                .toList();
        return new RestructuringPlanCompletedEvent(RestructuringCaseId.of(id), CompanyId.of("C-" + id), on, drastic,
                "five-year plan", reschedules, "sato");
    }

    static RestructuringCaseEndedEvent ended(String id, RestructuringStage atStage, LocalDate on) {
        return new RestructuringCaseEndedEvent(RestructuringCaseId.of(id), atStage, true, "firm withdrew", on);
    }

    static SpecialReschedulingAppliedEvent special(String id, LocalDate on) {
        return new SpecialReschedulingAppliedEvent(RestructuringCaseId.of(id), on, "COVID 特例");
    }

    /** A step as the aggregate records it: payment steps carry cost, ⌊2/3⌋, the kind's cap and the capped subsidy. */
    static ImprovementSubsidyStepRecordedEvent step(String id, ImprovementSubsidyKind kind, ImprovementSubsidyStep step,
                                                   Boolean approved, Long cost, LocalDate on) {
        Yen twoThirds = cost == null ? null : Yen.of(cost * 2 / 3);
        return new ImprovementSubsidyStepRecordedEvent(ImprovementSubsidyId.of(id), CompanyId.of("C-" + id), kind, step,
                approved, cost == null ? null : Yen.of(cost), twoThirds, cost == null ? null : kind.cap(),
                cost == null ? null : twoThirds.min(kind.cap()), on);
    }
}
