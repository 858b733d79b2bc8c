package org.smesupport.casework.company;

import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * A company is registered when the event store holds a stream of the {@link Company} type under its
 * id. Reading the first event of the stream is enough, and unlike loading the aggregate through its
 * repository it neither locks the company for the rest of the unit of work nor puts a stream of
 * another type into the shared aggregate cache when someone passes, say, a case id as a company id.
 */
@Component
class EventStoreCompanyRegistry implements CompanyRegistry {

    private static final String AGGREGATE_TYPE = Company.class.getSimpleName();

    private final EventStore eventStore;

    EventStoreCompanyRegistry(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @Override
    public boolean isRegistered(CompanyId companyId) {
        DomainEventStream events = eventStore.readEvents(companyId.value());
        return events.hasNext() && AGGREGATE_TYPE.equals(events.peek().getType());
    }
}
