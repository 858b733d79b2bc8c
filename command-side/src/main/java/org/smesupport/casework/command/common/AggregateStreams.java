package org.smesupport.casework.command.common;

import java.util.Optional;
import java.util.function.BiFunction;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * How one aggregate's command handler learns what it needs of another aggregate (the registries: is this
 * company registered, which company holds this contract): by reading the other's stream from the event store,
 * from its first event. Loading the other aggregate through its repository instead would lock it for the rest of
 * the unit of work and, when someone passes an id of another kind (a case id as a company id), put a stream of
 * the wrong type into the shared aggregate cache. Reading from the first event skips snapshots, whose payload is
 * the aggregate itself. The streams read so are short (a registration, a few updates).
 */
public final class AggregateStreams {

    private final EventStore eventStore;

    public AggregateStreams(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /** The payload of the stream's first event if it is a stream of {@code aggregateType} and that event an {@code E}. */
    public <E> Optional<E> firstEvent(String aggregateId, Class<?> aggregateType, Class<E> eventType) {
        DomainEventStream events = streamOf(aggregateId, aggregateType);
        return events != null && eventType.isInstance(events.peek().getPayload())
                ? Optional.of(eventType.cast(events.peek().getPayload())) : Optional.empty();
    }

    /**
     * What the stream says, folded from its first event: {@code step} takes what is known so far ({@code null}
     * before the first event it recognises) and the next payload. Empty when there is no stream of
     * {@code aggregateType} under the id, or the fold leaves {@code null}.
     */
    public <S> Optional<S> fold(String aggregateId, Class<?> aggregateType, BiFunction<S, Object, S> step) {
        DomainEventStream events = streamOf(aggregateId, aggregateType);
        if (events == null) {
            return Optional.empty();
        }
        S state = null;
        while (events.hasNext()) {
            DomainEventMessage<?> event = events.next();
            state = step.apply(state, event.getPayload());
        }
        return Optional.ofNullable(state);
    }

    private DomainEventStream streamOf(String aggregateId, Class<?> aggregateType) {
        DomainEventStream events = eventStore.readEvents(aggregateId, 0L);
        return events.hasNext() && aggregateType.getSimpleName().equals(events.peek().getType()) ? events : null;
    }
}
