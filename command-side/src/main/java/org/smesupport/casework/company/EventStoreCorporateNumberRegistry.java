package org.smesupport.casework.company;

import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/** The holder is named by the first event of the number's claim stream. */
@Component
class EventStoreCorporateNumberRegistry implements CorporateNumberRegistry {

    private final EventStore eventStore;

    EventStoreCorporateNumberRegistry(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @Override
    public Optional<CompanyId> holderOf(CorporateNumber corporateNumber) {
        DomainEventStream events = eventStore.readEvents(CorporateNumberClaim.idOf(corporateNumber), 0L);
        if (!events.hasNext()) {
            return Optional.empty();
        }
        DomainEventMessage<?> first = events.next();
        return first.getPayload() instanceof CorporateNumberClaimedEvent claimed
                ? Optional.of(claimed.companyId())
                : Optional.empty();
    }
}
