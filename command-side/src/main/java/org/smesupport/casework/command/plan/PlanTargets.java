package org.smesupport.casework.command.plan;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryHandler;
import org.smesupport.casework.api.plan.FindKpiTargetsQuery;
import org.smesupport.casework.api.plan.Kpi;
import org.smesupport.casework.api.plan.KpiTarget;
import org.smesupport.casework.api.plan.KpiTargetSetEvent;
import org.smesupport.casework.api.plan.KpiTargets;
import org.smesupport.casework.api.plan.PlanPeriod;
import org.smesupport.casework.command.common.StreamFollower;
import org.springframework.stereotype.Service;

/**
 * The targets in force for each plan, read from the plan's events in the event store (only those stored since the
 * last call), as {@code FiscalYearClosures} reads the closed years: a plan holds a few dozen targets, so a read
 * model would add a processing group and its lag for nothing, and an administrator sees a target at once.
 */
@Service
class PlanTargets {

    private final EventStore eventStore;
    private final Map<String, Plan> plans = new HashMap<>();

    PlanTargets(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @QueryHandler
    synchronized KpiTargets handle(FindKpiTargetsQuery query) {
        if (PlanPeriod.of(query.planId()).isEmpty()) {
            return new KpiTargets(query.planId(), -1, List.of());
        }
        Plan plan = plans.computeIfAbsent(query.planId(), id -> new Plan(new StreamFollower(eventStore, id)));
        plan.follower.catchUp(plan::read);
        return new KpiTargets(query.planId(), plan.version, plan.targets.values().stream()
                .sorted(Comparator.comparing(KpiTarget::kpi).thenComparing(KpiTarget::fiscalYear))
                .toList());
    }

    private static final class Plan {

        private final StreamFollower follower;
        private final Map<String, KpiTarget> targets = new TreeMap<>();
        private long version = -1;

        private Plan(StreamFollower follower) {
            this.follower = follower;
        }

        private void read(DomainEventMessage<?> event) {
            version = event.getSequenceNumber();
            if (event.getPayload() instanceof KpiTargetSetEvent set) {
                targets.put(key(set.kpi(), set.fiscalYear()), new KpiTarget(set.kpi(), set.fiscalYear(), set.target(),
                        String.valueOf(event.getMetaData().getOrDefault("user", "")), set.reason()));
            }
        }

        private static String key(Kpi kpi, int fiscalYear) {
            return kpi.name() + "/" + fiscalYear;
        }
    }
}
