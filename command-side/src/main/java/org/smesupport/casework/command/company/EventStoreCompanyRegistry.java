package org.smesupport.casework.command.company;

import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.smesupport.casework.api.company.CompanyId;
import org.smesupport.casework.api.company.CompanyRegisteredEvent;
import org.smesupport.casework.api.company.CompanyUpdatedEvent;
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

    /**
     * Reads the company's stream from its first event (never a snapshot, whose payload is the aggregate
     * itself) and keeps the details of the latest registration or update. A company has few events.
     */
    @Override
    public Optional<CompanyProfile> profileOf(CompanyId companyId) {
        DomainEventStream events = eventStore.readEvents(companyId.value(), 0L);
        if (!events.hasNext() || !AGGREGATE_TYPE.equals(events.peek().getType())) {
            return Optional.empty();
        }
        CompanyProfile profile = null;
        while (events.hasNext()) {
            DomainEventMessage<?> event = events.next();
            if (event.getPayload() instanceof CompanyRegisteredEvent registered) {
                profile = new CompanyProfile(registered.industry(), registered.sizeClass());
            } else if (event.getPayload() instanceof CompanyUpdatedEvent updated) {
                profile = new CompanyProfile(updated.industry(), updated.sizeClass());
            }
        }
        return Optional.ofNullable(profile);
    }

    /** Reads the company's stream like {@link #profileOf} and keeps the name of the latest registration or update. */
    @Override
    public Optional<String> nameOf(CompanyId companyId) {
        DomainEventStream events = eventStore.readEvents(companyId.value(), 0L);
        if (!events.hasNext() || !AGGREGATE_TYPE.equals(events.peek().getType())) {
            return Optional.empty();
        }
        String name = null;
        while (events.hasNext()) {
            DomainEventMessage<?> event = events.next();
            if (event.getPayload() instanceof CompanyRegisteredEvent registered) {
                name = registered.name();
            } else if (event.getPayload() instanceof CompanyUpdatedEvent updated) {
                name = updated.name();
            }
        }
        return Optional.ofNullable(name);
    }
}
