package org.smesupport.casework.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.smesupport.casework.projection.GlobalPosition;

/**
 * Feeds events from the log to a projection outside any processor, in batches as a tracking processor delivers
 * them (its writes are flushed when a batch commits): the as-of report, the drill-down, a record's past state and a
 * rebuild's verification rebuild a read model in a database of their own this way.
 */
public final class ProjectionReplay {

    /** For {@link #eachEvent}: no position to stop at. */
    public static final long WHOLE_LOG = Long.MAX_VALUE;
    private static final int BATCH = 500;

    private final List<AnnotationEventHandlerAdapter> handlers;
    private final List<EventMessage<?>> batch = new ArrayList<>(BATCH);
    private long replayed;

    /** @param projections the event handlers of one processing group, given every event in this order */
    public ProjectionReplay(Object... projections) {
        this.handlers = Arrays.stream(projections).map(AnnotationEventHandlerAdapter::new).toList();
    }

    /** Takes the event if a projection handles it (then {@code true}), projecting each full batch. */
    public boolean offer(EventMessage<?> event) {
        if (handlers.stream().noneMatch(handler -> handler.canHandle(event))) {
            return false;
        }
        batch.add(event);
        replayed++;
        if (batch.size() == BATCH) {
            project();
        }
        return true;
    }

    /**
     * Hands every event of the log, in order, up to and including global position {@code head}
     * ({@link #WHOLE_LOG}: all of them) to {@code each}.
     */
    public static void eachEvent(EventStore eventStore, long head, Consumer<TrackedEventMessage<?>> each) {
        try (BlockingStream<TrackedEventMessage<?>> events = eventStore.openStream(null)) {
            while (events.hasNextAvailable()) {
                TrackedEventMessage<?> event = events.nextAvailable();
                if (head != WHOLE_LOG && GlobalPosition.of(event.trackingToken()).index() > head) {
                    return;
                }
                each.accept(event);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while replaying the event log", e);
        }
    }

    /** Projects what is left; returns how many events the projection took. */
    public long finish() {
        project();
        return replayed;
    }

    private void project() {
        if (batch.isEmpty()) {
            return;
        }
        BatchingUnitOfWork<EventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(List.copyOf(batch));
        var result = unitOfWork.executeWithResult(() -> {
            for (AnnotationEventHandlerAdapter handler : handlers) {
                if (handler.canHandle(unitOfWork.getMessage())) {
                    handler.handle(unitOfWork.getMessage());
                }
            }
            return null;
        });
        if (result.isExceptional()) {
            throw new IllegalStateException("replaying the report's projection failed", result.exceptionResult());
        }
        batch.clear();
    }
}
