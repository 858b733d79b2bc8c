package org.smesupport.casework.app.admin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.stereotype.Component;

/**
 * {@code projections} in {@code /actuator/health}, worst first:
 * <ul>
 * <li>DOWN: a processor is stopped or failing (a read model no longer follows the events);</li>
 * <li>OUT_OF_SERVICE: a read model is being rebuilt, or lags more than
 * {@code casework.projections.health.max-lag} events behind the head (its answers are incomplete for a while);</li>
 * <li>DEGRADED (answered with 200): events are parked. The read models keep up with everything else and the
 * instance serves correctly, so taking it out of a load balancer (DOWN) would help nobody; but a report may
 * lack the parked events until an operator retries or evicts them, so the anonymous status must not say UP
 * either.</li>
 * </ul>
 * Details (each processor's state, lag, dead letters, rebuild progress) are shown to ADMIN only.
 */
@Component("projections")
class ProjectionsHealthIndicator extends AbstractHealthIndicator {

    static final Status DEGRADED = new Status("DEGRADED", "events are parked in a dead-letter queue");

    private final ProjectionAdministration administration;
    private final long maxLag;

    ProjectionsHealthIndicator(ProjectionAdministration administration,
                               @Value("${casework.projections.health.max-lag:10000}") long maxLag) {
        super("projections health check failed");
        this.administration = administration;
        this.maxLag = maxLag;
    }

    @Override
    protected void doHealthCheck(Health.Builder health) {
        List<ProjectionStatus> statuses = administration.statusesHere();
        health.status(status(statuses));
        Map<String, Object> processors = new LinkedHashMap<>();
        statuses.forEach(status -> processors.put(status.name(), details(status)));
        health.withDetail("deadLetters", statuses.stream().mapToLong(ProjectionStatus::deadLetters).sum())
                .withDetail("maxLag", maxLag)
                .withDetail("processors", processors);
    }

    private Status status(List<ProjectionStatus> statuses) {
        if (statuses.stream().anyMatch(status -> !status.running() || status.error())) {
            return Status.DOWN;
        }
        if (statuses.stream().anyMatch(status -> status.rebuilding() || status.lag() > maxLag)) {
            return Status.OUT_OF_SERVICE;
        }
        if (statuses.stream().anyMatch(status -> status.deadLetters() > 0)) {
            return DEGRADED;
        }
        return Status.UP;
    }

    private static Map<String, Object> details(ProjectionStatus status) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("running", status.running());
        details.put("error", status.error());
        if (status.errorMessage() != null) {
            details.put("errorMessage", status.errorMessage());
        }
        details.put("lag", status.lag());
        details.put("deadLetters", status.deadLetters());
        if (status.rebuilding()) {
            details.put("rebuildProgress", status.rebuildProgress());
        }
        return details;
    }
}
