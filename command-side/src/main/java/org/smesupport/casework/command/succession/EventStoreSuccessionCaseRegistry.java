package org.smesupport.casework.command.succession;

import java.util.Optional;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.smesupport.casework.api.succession.SuccessionCaseId;
import org.smesupport.casework.api.succession.SuccessionCaseOpenedEvent;
import org.smesupport.casework.api.succession.SuccessionDealId;
import org.smesupport.casework.command.common.UniqueClaims;
import org.springframework.stereotype.Component;

/**
 * Reads the first event of the case's stream (never a snapshot), as the company and supplier registries do:
 * it neither locks the case for the rest of the deal's unit of work nor puts a stream of another type into
 * the shared aggregate cache when a deal names, say, a company id as a case. What the deal needs (company,
 * side, opening date) never changes after the opening event.
 */
@Component
class EventStoreSuccessionCaseRegistry implements SuccessionCaseRegistry {

    private static final String AGGREGATE_TYPE = SuccessionCase.class.getSimpleName();

    private final EventStore eventStore;
    private final UniqueClaims claims;

    EventStoreSuccessionCaseRegistry(EventStore eventStore) {
        this.eventStore = eventStore;
        this.claims = new UniqueClaims(eventStore);
    }

    @Override
    public Optional<OpenedCase> caseOf(SuccessionCaseId caseId) {
        DomainEventStream events = eventStore.readEvents(caseId.value(), 0L);
        if (!events.hasNext() || !AGGREGATE_TYPE.equals(events.peek().getType())
                || !(events.peek().getPayload() instanceof SuccessionCaseOpenedEvent opened)) {
            return Optional.empty();
        }
        return Optional.of(new OpenedCase(opened.companyId(), opened.side(), opened.openedOn(), opened.inPrefecture()));
    }

    /** Named by the case's deal claim. */
    @Override
    public Optional<SuccessionDealId> dealOf(SuccessionCaseId caseId) {
        return claims.holderOf(SuccessionCaseRegistry.dealClaimOf(caseId)).map(SuccessionDealId::of);
    }
}
