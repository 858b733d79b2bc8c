package org.smesupport.casework.command.lease;

import java.util.Optional;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.smesupport.casework.api.company.CompanyId;
import org.smesupport.casework.api.lease.LeaseContractId;
import org.smesupport.casework.api.lease.LeaseContractOpenedEvent;
import org.springframework.stereotype.Component;

/**
 * Reads only a contract's first event, its opening, from the event store (like the company and supplier
 * registries): it neither loads nor locks the contract inside another aggregate's unit of work.
 */
@Component
public class EventStoreLeaseContractRegistry implements LeaseContractRegistry {

    private final EventStore eventStore;

    public EventStoreLeaseContractRegistry(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @Override
    public Optional<CompanyId> companyOf(LeaseContractId contractId) {
        DomainEventStream events = eventStore.readEvents(contractId.value(), 0L);
        if (!events.hasNext()) {
            return Optional.empty();
        }
        return events.next().getPayload() instanceof LeaseContractOpenedEvent opened
                ? Optional.of(opened.companyId()) : Optional.empty();
    }
}
