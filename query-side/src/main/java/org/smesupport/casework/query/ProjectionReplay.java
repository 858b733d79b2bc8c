package org.smesupport.casework.query;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;

/**
 * Feeds events from the log to a projection outside any processor, in batches as a tracking processor delivers
 * them (its writes are flushed when a batch commits): the as-of report and the drill-down rebuild a report's
 * statistics in a database of their own this way.
 */
public final class ProjectionReplay {

    private static final int BATCH = 500;

    private final AnnotationEventHandlerAdapter handlers;
    private final List<EventMessage<?>> batch = new ArrayList<>(BATCH);
    private long replayed;

    public ProjectionReplay(Object projection) {
        this.handlers = new AnnotationEventHandlerAdapter(projection);
    }

    /** Takes the event if the projection handles it (then {@code true}), projecting each full batch. */
    public boolean offer(EventMessage<?> event) {
        if (!handlers.canHandle(event)) {
            return false;
        }
        batch.add(event);
        replayed++;
        if (batch.size() == BATCH) {
            project();
        }
        return true;
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
        var result = unitOfWork.executeWithResult(() -> handlers.handle(unitOfWork.getMessage()));
        if (result.isExceptional()) {
            throw new IllegalStateException("replaying the report's projection failed", result.exceptionResult());
        }
        batch.clear();
    }
}
