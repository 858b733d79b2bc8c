package org.smesupport.casework.app.admin;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.function.ToDoubleFunction;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The read side's state as meters, beside Axon's own (commands, events, queries and processors by type): per
 * projection how many events it is behind the event store's head and how many it has parked; and the head itself,
 * the number of events stored. Read from {@link ProjectionAdministration} when scraped (a store that does not
 * answer then gives no value); registered once the application is ready, when every processor is known.
 */
@Component
class ProjectionMetrics {

    private final ProjectionAdministration administration;
    private final MeterRegistry registry;

    ProjectionMetrics(ProjectionAdministration administration, MeterRegistry registry) {
        this.administration = administration;
        this.registry = registry;
    }

    @EventListener(ApplicationReadyEvent.class)
    void register() {
        Gauge.builder("casework.event.store.events", administration, projections -> projections.headPosition() + 1)
                .description("events in the event store (its head position + 1)").register(registry);
        for (String projection : administration.names()) {
            gauge("casework.projection.lag", projection, "events the projection is behind the head",
                    ProjectionStatus::lag);
            gauge("casework.projection.dead.letters", projection, "events the projection has parked (dead letters)",
                    ProjectionStatus::deadLetters);
            gauge("casework.projection.replaying", projection, "1 while the projection is rebuilt",
                    status -> status.replaying() ? 1 : 0);
        }
    }

    private void gauge(String name, String processor, String description,
                       ToDoubleFunction<ProjectionStatus> value) {
        Gauge.builder(name, administration, projections -> projections.status(processor).map(value::applyAsDouble)
                        .orElse(Double.NaN))
                .tag("processor", processor).description(description).register(registry);
    }
}
