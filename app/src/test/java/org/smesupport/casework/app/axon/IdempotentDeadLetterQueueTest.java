package org.smesupport.casework.app.axon;

import static org.assertj.core.api.Assertions.assertThat;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.deadletter.GenericDeadLetter;
import org.axonframework.messaging.deadletter.InMemorySequencedDeadLetterQueue;
import org.junit.jupiter.api.Test;

/** A batch redelivered after it parked an event must not park that event a second time. */
class IdempotentDeadLetterQueueTest {

    private final IdempotentDeadLetterQueue queue =
            new IdempotentDeadLetterQueue(InMemorySequencedDeadLetterQueue.defaultQueue());
    private final EventMessage<?> poisoned = GenericEventMessage.asEventMessage("poisoned");
    private final EventMessage<?> later = GenericEventMessage.asEventMessage("later");

    @Test
    void anEventIsParkedOncePerSequenceHoweverOftenItIsDelivered() {
        queue.enqueue("K-1", new GenericDeadLetter<>("K-1", poisoned, new IllegalArgumentException()));
        queue.enqueue("K-1", new GenericDeadLetter<>("K-1", poisoned, new IllegalArgumentException()));
        assertThat(queue.enqueueIfPresent("K-1", () -> new GenericDeadLetter<>("K-1", poisoned))).isTrue();
        assertThat(queue.enqueueIfPresent("K-1", () -> new GenericDeadLetter<>("K-1", later))).isTrue();
        assertThat(queue.enqueueIfPresent("K-1", () -> new GenericDeadLetter<>("K-1", later))).isTrue();

        assertThat(queue.sequenceSize("K-1")).isEqualTo(2);
        assertThat(queue.enqueueIfPresent("K-2", () -> new GenericDeadLetter<>("K-2", later))).isFalse();
        assertThat(queue.size()).isEqualTo(2);
    }
}
