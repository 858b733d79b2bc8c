package org.smesupport.casework.app.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;

class ProjectionsHealthIndicatorTest {

    private final ProjectionAdministration administration = mock(ProjectionAdministration.class);
    private final ProjectionsHealthIndicator indicator = new ProjectionsHealthIndicator(administration, 1000);

    @Test
    void upWhenEveryProjectionFollowsTheHead() {
        assertThat(health(caughtUp("companies"), caughtUp("consultation-statistics")).getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void degradedWithTheCountWhenEventsAreParked() {
        Health health = health(caughtUp("companies"), withDeadLetters(caughtUp("consultation-statistics"), 2));

        assertThat(health.getStatus()).isEqualTo(ProjectionsHealthIndicator.DEGRADED);
        assertThat(health.getDetails()).containsEntry("deadLetters", 2L);
        assertThat(processor(health, "consultation-statistics")).containsEntry("deadLetters", 2L);
    }

    @Test
    void outOfServiceWhileRebuildingOrFarBehind() {
        ProjectionStatus rebuilding = new ProjectionStatus("consultation-statistics", true, false, null,
                400, 1000, 600, 0, true, true, 0.4, new RebuildRate(401, 1001, 2000.0, 0L), true, true, List.of());
        ProjectionStatus behind = new ProjectionStatus("companies", true, false, null, 10, 2000, 1990, 0,
                false, false, null, null, true, true, List.of());

        Health whileRebuilding = health(caughtUp("companies"), rebuilding);
        assertThat(whileRebuilding.getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
        assertThat(processor(whileRebuilding, "consultation-statistics")).containsEntry("rebuildProgress", 0.4);
        assertThat(health(behind).getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
        assertThat(health(withDeadLetters(behind, 1)).getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
    }

    @Test
    void downWhenAProcessorIsStoppedOrFailing() {
        ProjectionStatus stopped = new ProjectionStatus("companies", false, false, null, 10, 10, 0, 0,
                false, false, null, null, true, true, List.of());
        ProjectionStatus failing = new ProjectionStatus("lease-statistics", true, true,
                "com.mongodb.MongoTimeoutException: timed out", 10, 10, 0, 0, false, false, null, null, true, true, List.of());

        assertThat(health(stopped, caughtUp("x")).getStatus()).isEqualTo(Status.DOWN);
        Health whileFailing = health(failing, withDeadLetters(caughtUp("y"), 1));
        assertThat(whileFailing.getStatus()).isEqualTo(Status.DOWN);
        assertThat(processor(whileFailing, "lease-statistics"))
                .containsEntry("errorMessage", "com.mongodb.MongoTimeoutException: timed out");
    }

    private Health health(ProjectionStatus... statuses) {
        when(administration.statusesHere()).thenReturn(List.of(statuses));
        return indicator.health();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> processor(Health health, String name) {
        return (Map<String, Object>) ((Map<String, Object>) health.getDetails().get("processors")).get(name);
    }

    private static ProjectionStatus caughtUp(String name) {
        return new ProjectionStatus(name, true, false, null, 100, 100, 0, 0, false, false, null, null, true, true, List.of());
    }

    private static ProjectionStatus withDeadLetters(ProjectionStatus status, long deadLetters) {
        return new ProjectionStatus(status.name(), status.running(), status.error(), status.errorMessage(),
                status.position(), status.headPosition(), status.lag(), deadLetters, status.replaying(),
                status.rebuilding(), status.rebuildProgress(), status.rebuild(), status.replayable(), true, List.of());
    }
}
