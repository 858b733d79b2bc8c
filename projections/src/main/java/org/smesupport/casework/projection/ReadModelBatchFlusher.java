package org.smesupport.casework.projection;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Component;

/**
 * Writes the read-model buffers of a processing batch right after its last event is handled, while
 * the batch can still fail as a whole. Axon registers it on every event processor (it is a
 * {@code MessageHandlerInterceptor} bean); processors store their token only after this, in the
 * prepare-commit phase, so a failed write leaves the token where it was and the batch is retried.
 * It also marks where each event begins and ends, for {@link EventIsolation}.
 */
@Component
public class ReadModelBatchFlusher implements MessageHandlerInterceptor<EventMessage<?>> {

    private final EventIsolation isolation;

    public ReadModelBatchFlusher(EventIsolation isolation) {
        this.isolation = isolation;
    }

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain interceptorChain)
            throws Exception {
        EventMessage<?> event = unitOfWork.getMessage();
        isolation.begin(unitOfWork, event);
        Object result = interceptorChain.proceed();
        isolation.end(unitOfWork, event);
        if (!(unitOfWork instanceof BatchingUnitOfWork<?> batch) || batch.isLastMessage()) {
            ReadModelStore.flushAll(unitOfWork);
        }
        return result;
    }
}
