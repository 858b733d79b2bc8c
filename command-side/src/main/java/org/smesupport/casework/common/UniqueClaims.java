package org.smesupport.casework.common;

import java.util.Optional;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;

/** Who holds a claimed value: the first event of its stream ({@link UniqueClaim}). */
public class UniqueClaims {

    private final EventStore eventStore;

    public UniqueClaims(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    public Optional<String> holderOf(String claimId) {
        DomainEventStream events = eventStore.readEvents(claimId, 0L);
        if (!events.hasNext() || !(events.peek().getPayload() instanceof UniqueClaimedEvent claimed)) {
            return Optional.empty();
        }
        return Optional.of(claimed.holder());
    }
}
