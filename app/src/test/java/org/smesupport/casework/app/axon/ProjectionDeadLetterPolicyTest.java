package org.smesupport.casework.app.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoSocketWriteException;
import com.mongodb.ServerAddress;
import java.io.IOException;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.GenericDeadLetter;
import org.junit.jupiter.api.Test;
import org.smesupport.casework.projection.EventIsolation;

class ProjectionDeadLetterPolicyTest {

    private final ProjectionDeadLetterPolicy policy = new ProjectionDeadLetterPolicy(new EventIsolation());
    private final EventMessage<?> event = GenericEventMessage.asEventMessage("payload");

    @Test
    void anEventTheHandlerCannotApplyIsParkedWithNoRetriesYet() {
        IllegalArgumentException cause = new IllegalArgumentException("fiscal year must be between 1990 and 2999");

        EnqueueDecision<EventMessage<?>> decision = policy.decide(new GenericDeadLetter<>("K-1", event, cause), cause);

        assertThat(decision.shouldEnqueue()).isTrue();
        assertThat(decision.enqueueCause().orElseThrow().getMessage()).contains("fiscal year");
        assertThat(decision.withDiagnostics(new GenericDeadLetter<>("K-1", event)).diagnostics())
                .containsEntry(ProjectionDeadLetterPolicy.RETRIES, 0);
    }

    @Test
    void anUnreachableStoreFailsTheBatchInsteadOfParkingEveryEvent() {
        RuntimeException cause = new IllegalStateException("handler failed",
                new MongoSocketWriteException("connection reset", new ServerAddress(), new IOException()));

        assertThatThrownBy(() -> policy.decide(new GenericDeadLetter<>("K-1", event, cause), cause))
                .isInstanceOf(ProjectionDeadLetterPolicy.BatchRetry.class)
                .hasCause(cause);
    }

    @Test
    void aFailedRetryKeepsTheLetterParkedAndCountsTheAttempt() {
        IllegalArgumentException cause = new IllegalArgumentException("still wrong");
        DeadLetter<EventMessage<?>> parked = new GenericDeadLetter<EventMessage<?>>("K-1", event, cause)
                .withDiagnostics(MetaData.with(ProjectionDeadLetterPolicy.RETRIES, 2));

        EnqueueDecision<EventMessage<?>> decision = policy.decide(parked, cause);

        assertThat(decision.shouldEnqueue()).isTrue();
        assertThat(decision.withDiagnostics(parked).diagnostics()).containsEntry(ProjectionDeadLetterPolicy.RETRIES, 3);
    }
}
