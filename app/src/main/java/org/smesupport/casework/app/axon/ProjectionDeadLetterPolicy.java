package org.smesupport.casework.app.axon;

import com.mongodb.MongoException;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.EnqueuePolicy;
import org.axonframework.messaging.deadletter.ThrowableCause;
import org.smesupport.casework.projection.EventIsolation;

/**
 * Which failures park an event and which fail the batch.
 * <ul>
 * <li>A read-model store that cannot be reached is not the event's fault: parking would fill the queue
 * with every event while MongoDB is down. The batch fails and is retried, as before dead letters.</li>
 * <li>A handler that threw after changing a document in the batch fails the batch once, so that the
 * redelivery can run the event isolated and park it cleanly ({@link EventIsolation}).</li>
 * <li>Anything else (an event the handler cannot apply) is parked with its sequence, counting retries
 * in the letter's diagnostics.</li>
 * </ul>
 */
final class ProjectionDeadLetterPolicy implements EnqueuePolicy<EventMessage<?>> {

    static final String RETRIES = "retries";
    private static final int MAX_CAUSE_MESSAGE = 1024;

    private final EventIsolation isolation;

    ProjectionDeadLetterPolicy(EventIsolation isolation) {
        this.isolation = isolation;
    }

    @Override
    public EnqueueDecision<EventMessage<?>> decide(DeadLetter<? extends EventMessage<?>> letter, Throwable cause) {
        Object retries = letter.diagnostics().get(RETRIES);
        if (retries instanceof Number previous) {
            // a retry of a parked letter: it stays parked whatever the failure
            return Decisions.requeue(ThrowableCause.truncated(cause, MAX_CAUSE_MESSAGE),
                    requeued -> requeued.diagnostics().and(RETRIES, previous.intValue() + 1));
        }
        if (causedByStore(cause)) {
            throw new BatchRetry("read-model store failure, retrying the batch", cause);
        }
        if (!isolation.failedCleanly(letter.message())) {
            throw new BatchRetry("handler failed after changing the read model; retrying the batch to park event "
                    + letter.message().getIdentifier() + " in isolation", cause);
        }
        return Decisions.enqueue(ThrowableCause.truncated(cause, MAX_CAUSE_MESSAGE),
                parked -> MetaData.with(RETRIES, 0));
    }

    private static boolean causedByStore(Throwable cause) {
        for (Throwable current = cause; current != null; current = current.getCause()) {
            if (current instanceof MongoException) {
                return true;
            }
        }
        return false;
    }

    /** Fails the processing batch so that the tracking processor retries it from its token. */
    static final class BatchRetry extends RuntimeException {
        BatchRetry(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
