package org.smesupport.casework.command.common;

import java.util.Optional;
import java.util.function.Consumer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * Follows one stream of the event store (a ledger): each {@link #catchUp} hands over only the events stored
 * since the last one, so a reader that keeps what they say agrees with every other instance at the cost of
 * one sequence lookup when nothing is new. Not thread-safe on its own: the reader calls it under the lock
 * that guards what it keeps.
 */
public final class StreamFollower {

    private final EventStore eventStore;
    private final String streamId;
    private long sequenceRead = -1;

    public StreamFollower(EventStore eventStore, String streamId) {
        this.eventStore = eventStore;
        this.streamId = streamId;
    }

    public void catchUp(Consumer<DomainEventMessage<?>> reader) {
        Optional<Long> stored = eventStore.lastSequenceNumberFor(streamId);
        if (stored.isPresent() && stored.get() > sequenceRead) {
            eventStore.readEvents(streamId, sequenceRead + 1).asStream().forEach(event -> {
                sequenceRead = Math.max(sequenceRead, event.getSequenceNumber());
                reader.accept(event);
            });
        }
    }
}
