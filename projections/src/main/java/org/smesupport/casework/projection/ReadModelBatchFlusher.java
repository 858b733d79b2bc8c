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
 */
@Component
public class ReadModelBatchFlusher implements MessageHandlerInterceptor<EventMessage<?>> {

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain interceptorChain)
            throws Exception {
        Object result = interceptorChain.proceed();
        if (!(unitOfWork instanceof BatchingUnitOfWork<?> batch) || batch.isLastMessage()) {
            ReadModelStore.flushAll(unitOfWork);
        }
        return result;
    }
}
