package org.smesupport.casework.command.company;

import java.util.Optional;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.smesupport.casework.api.company.CompanyId;
import org.smesupport.casework.api.company.CompanyRegisteredEvent;
import org.smesupport.casework.api.company.CompanyUpdatedEvent;
import org.smesupport.casework.command.common.AggregateStreams;
import org.springframework.stereotype.Component;

/**
 * A company is registered when the event store holds a stream of the {@link Company} type under its id; its
 * details are those of the latest registration or update ({@link AggregateStreams}).
 */
@Component
class EventStoreCompanyRegistry implements CompanyRegistry {

    private final AggregateStreams streams;

    EventStoreCompanyRegistry(EventStore eventStore) {
        this.streams = new AggregateStreams(eventStore);
    }

    @Override
    public boolean isRegistered(CompanyId companyId) {
        return streams.firstEvent(companyId.value(), Company.class, Object.class).isPresent();
    }

    @Override
    public Optional<CompanyProfile> profileOf(CompanyId companyId) {
        return streams.fold(companyId.value(), Company.class, (CompanyProfile profile, Object event) -> {
            if (event instanceof CompanyRegisteredEvent registered) {
                return new CompanyProfile(registered.industry(), registered.sizeClass());
            }
            return event instanceof CompanyUpdatedEvent updated
                    ? new CompanyProfile(updated.industry(), updated.sizeClass()) : profile;
        });
    }

    @Override
    public Optional<String> nameOf(CompanyId companyId) {
        return streams.fold(companyId.value(), Company.class, (String name, Object event) -> {
            if (event instanceof CompanyRegisteredEvent registered) {
                return registered.name();
            }
            return event instanceof CompanyUpdatedEvent updated ? updated.name() : name;
        });
    }
}
