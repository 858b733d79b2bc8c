package org.smesupport.casework.command.plan;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.smesupport.casework.command.common.BusinessRuleViolation.isBlank;
import static org.smesupport.casework.command.common.BusinessRuleViolation.refuseIf;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.smesupport.casework.api.common.CommandResult;
import org.smesupport.casework.api.plan.Kpi;
import org.smesupport.casework.api.plan.KpiTargetSetEvent;
import org.smesupport.casework.api.plan.PlanPeriod;
import org.smesupport.casework.api.plan.SetKpiTargetCommand;
import org.smesupport.casework.command.common.BusinessRuleViolation;

/**
 * A mid-term plan (中期経営計画 第n期, id {@code plan-<n>}), created by its first target: a target per KPI and fiscal
 * year of the plan's period, each set with a reason. A setting equal to the target in force changes nothing, so
 * the audit trail holds only real changes, each with the target it replaced.
 */
@Aggregate(cache = "aggregateCache")
class MidTermPlan {

    @AggregateIdentifier
    private String planId;
    private final Map<Key, Long> targets = new HashMap<>();

    /** Axon creates the plan through this constructor, and rebuilds it from its events. */
    MidTermPlan() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    CommandResult handle(SetKpiTargetCommand command) {
        PlanPeriod period = PlanPeriod.of(command.planId())
                .orElseThrow(() -> new BusinessRuleViolation("planId", "plan.id.unknown", command.planId()));
        refuseIf(command.kpi() == null, "kpi", "plan.kpi.required");
        refuseIf(!period.contains(command.fiscalYear()), "fiscalYear", "plan.fiscalYear.outsidePlan",
                command.planId(), period.firstYear(), period.lastYear(), command.fiscalYear());
        refuseIf(command.target() < 0, "target", "plan.target.negative", command.target());
        refuseIf(isBlank(command.reason()), "reason", "plan.reason.blank");
        Long previous = targets.get(new Key(command.kpi(), command.fiscalYear()));
        if (!Objects.equals(previous, command.target())) {
            apply(new KpiTargetSetEvent(command.planId(), command.kpi(), command.fiscalYear(), command.target(),
                    previous, command.reason()));
        }
        return new CommandResult(command.planId(), AggregateLifecycle.getVersion());
    }

    @EventSourcingHandler
    void on(KpiTargetSetEvent event) {
        planId = event.planId();
        targets.put(new Key(event.kpi(), event.fiscalYear()), event.target());
    }

    private record Key(Kpi kpi, int fiscalYear) {
    }
}
