package org.smesupport.casework.projection;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.GenericDeadLetter;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;

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

    /** Delivers one event the way Axon retries a dead letter: alone, in a unit of work that holds the letter. */
    public void retryDeadLetter(EventMessage<?> event) {
        DefaultUnitOfWork<EventMessage<?>> unitOfWork = new DefaultUnitOfWork<>(event);
        unitOfWork.resources().put(DeadLetter.class.getName(), new GenericDeadLetter<>(event.getIdentifier(), event));
        ResultMessage<?> result = unitOfWork.executeWithResult(() -> handlers.handle(event));
        if (result.isExceptional()) {
            throw new IllegalStateException("retry failed", result.exceptionResult());
        }
    }

    public void reset() {
        handlers.prepareReset(null);
    }
}
