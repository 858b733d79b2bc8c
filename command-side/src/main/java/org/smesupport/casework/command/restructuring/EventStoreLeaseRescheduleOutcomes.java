package org.smesupport.casework.command.restructuring;

import java.util.HashSet;
import java.util.Set;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.smesupport.casework.api.lease.LeaseContractId;
import org.smesupport.casework.api.restructuring.LeaseRescheduleRefusedEvent;
import org.smesupport.casework.api.restructuring.LeaseRescheduleRequestedEvent;
import org.smesupport.casework.api.restructuring.RestructuringCaseId;
import org.springframework.stereotype.Component;

/**
 * Reads the case's stream from its first event (never a snapshot, whose payload is the aggregate itself), as
 * the company registry does, without loading or locking the case. A case has few events.
 */
@Component
class EventStoreLeaseRescheduleOutcomes implements LeaseRescheduleOutcomes {

    private static final String AGGREGATE_TYPE = RestructuringCase.class.getSimpleName();

    private final EventStore eventStore;

    EventStoreLeaseRescheduleOutcomes(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @Override
    public Set<LeaseContractId> recordedFor(RestructuringCaseId caseId) {
        DomainEventStream events = eventStore.readEvents(caseId.value(), 0L);
        Set<LeaseContractId> recorded = new HashSet<>();
        if (!events.hasNext() || !AGGREGATE_TYPE.equals(events.peek().getType())) {
            return recorded;
        }
        while (events.hasNext()) {
            DomainEventMessage<?> event = events.next();
            if (event.getPayload() instanceof LeaseRescheduleRequestedEvent requested) {
                recorded.add(requested.contractId());
            } else if (event.getPayload() instanceof LeaseRescheduleRefusedEvent refused) {
                recorded.add(refused.contractId());
            }
        }
        return recorded;
    }
}
