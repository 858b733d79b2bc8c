package org.smesupport.casework.projection;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.MetaData;

/** Stamps test events as an event store would: a sequence per aggregate and a global position. */
public final class EventLog {

    private final Map<String, Long> sequences = new HashMap<>();
    private long globalIndex = -1;

    public TrackedEventMessage<?> append(String aggregateId, Object payload, Instant at) {
        return append(aggregateId, payload, at, MetaData.emptyInstance());
    }

    public TrackedEventMessage<?> append(String aggregateId, Object payload, Instant at, Map<String, ?> metaData) {
        globalIndex++;
        return tracked(new GlobalSequenceTrackingToken(globalIndex), aggregateId, payload, at, metaData);
    }

    /** An event at an explicit token, for gap scenarios; it still takes the aggregate's next sequence. */
    public TrackedEventMessage<?> appendAt(TrackingToken token, String aggregateId, Object payload, Instant at) {
        return tracked(token, aggregateId, payload, at, MetaData.emptyInstance());
    }

    private TrackedEventMessage<?> tracked(TrackingToken token, String aggregateId, Object payload, Instant at,
                                           Map<String, ?> metaData) {
        long sequence = sequences.merge(aggregateId, 0L, (previous, ignored) -> previous + 1);
        return new GenericTrackedDomainEventMessage<>(token, new GenericDomainEventMessage<>(
                payload.getClass().getSimpleName(), aggregateId, sequence, payload, metaData,
                aggregateId + "#" + sequence, at));
    }
}
