package org.smesupport.casework.projection;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Component;

/**
 * Whether an event whose handler threw can be parked without leaving part of its change in the batch.
 * <p>
 * {@link ReadModelStore} hands handlers the batch's own copy of each document, with no undo: that is what
 * makes a replay cheap. So a handler that throws after changing a document (or after {@code save}) has
 * left half an event in the batch, which would be written with the batch's other events if the event
 * were simply parked. Such an event is not parked on its first failure: the whole batch fails (nothing is
 * written, the token stays) and the event becomes a suspect. On the batch's redelivery the suspect runs
 * isolated: its handlers see private copies of the documents, which join the batch only if they succeed,
 * so a second failure leaves the batch clean and the event can be parked. Events that fail before touching
 * a read model (the common case: a value checked before any document is read) are parked at once.
 * Only suspects pay for copies, so normal processing and replays run at full speed.
 */
@Component
public class EventIsolation {

    static final String SCOPE_KEY = EventIsolation.class.getName() + "[scope]";

    private final Set<String> suspects = ConcurrentHashMap.newKeySet();

    /** Opens the scope of one event of a processing batch. */
    void begin(UnitOfWork<?> unitOfWork, EventMessage<?> event) {
        unitOfWork.resources().put(SCOPE_KEY, new Scope(suspects.contains(event.getIdentifier())));
    }

    /** Closes the event's scope after its handlers ran or it was parked. */
    void end(UnitOfWork<?> unitOfWork, EventMessage<?> event) {
        Scope scope = (Scope) unitOfWork.resources().remove(SCOPE_KEY);
        if (scope != null && !scope.failed) {
            scope.onSuccess().forEach(Runnable::run);
            suspects.remove(event.getIdentifier());
        }
    }

    /**
     * Called when the current event's handler threw. Returns whether the batch is free of the event's
     * partial change, so that the event may be parked; if not, the event is marked a suspect and the
     * caller must fail the batch.
     */
    public boolean failedCleanly(EventMessage<?> event) {
        Scope scope = current();
        if (scope == null) {
            return true;
        }
        scope.failed = true;
        if (scope.isolated || !scope.touched) {
            suspects.remove(event.getIdentifier());
            return true;
        }
        suspects.add(event.getIdentifier());
        return false;
    }

    /** The scope of the event being handled, or {@code null} outside a processing batch (e.g. a dead-letter retry). */
    static Scope current() {
        return CurrentUnitOfWork.isStarted() ? CurrentUnitOfWork.get().getResource(SCOPE_KEY) : null;
    }

    /** One event's passage through the batch. */
    static final class Scope {
        final boolean isolated;
        boolean touched;
        boolean failed;
        private List<Runnable> onSuccess;

        Scope(boolean isolated) {
            this.isolated = isolated;
        }

        /** What joins the batch if the event's handlers succeed; created only for isolated events. */
        List<Runnable> onSuccess() {
            if (onSuccess == null) {
                onSuccess = new ArrayList<>();
            }
            return onSuccess;
        }
    }
}
