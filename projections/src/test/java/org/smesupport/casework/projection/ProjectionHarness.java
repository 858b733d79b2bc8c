package org.smesupport.casework.projection;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;

/**
 * Delivers events to a projection the way a tracking processor does: a whole batch in one
 * {@link BatchingUnitOfWork}, committed at the end.
 */
public final class ProjectionHarness {

    private final AnnotationEventHandlerAdapter handlers;

    public ProjectionHarness(Object projection) {
        this.handlers = new AnnotationEventHandlerAdapter(projection);
    }

    public void deliver(List<? extends EventMessage<?>> batch) {
        BatchingUnitOfWork<EventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(new ArrayList<>(batch));
        ResultMessage<?> result = unitOfWork.executeWithResult(() -> handlers.handle(unitOfWork.getMessage()));
        if (result.isExceptional()) {
            throw new IllegalStateException("batch failed", result.exceptionResult());
        }
    }

    /** Delivers the batch but fails after its last event, so the unit of work rolls back. */
    public void deliverAndFail(List<? extends EventMessage<?>> batch) {
        BatchingUnitOfWork<EventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(new ArrayList<>(batch));
        unitOfWork.executeWithResult(() -> {
            handlers.handle(unitOfWork.getMessage());
            if (unitOfWork.isLastMessage()) {
                throw new IllegalStateException("simulated failure before commit");
            }
            return null;
        });
    }

    public void reset() {
        handlers.prepareReset(null);
    }
}
