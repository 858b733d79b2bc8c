package org.smesupport.casework.command.succession;

import java.util.Optional;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.smesupport.casework.api.succession.SuccessionCaseId;
import org.smesupport.casework.api.succession.SuccessionCaseOpenedEvent;
import org.smesupport.casework.api.succession.SuccessionDealId;
import org.smesupport.casework.command.common.AggregateStreams;
import org.smesupport.casework.command.common.UniqueClaims;
import org.springframework.stereotype.Component;

/**
 * Reads the first event of the case's stream ({@link AggregateStreams}): what the deal needs (company, side,
 * opening date) never changes after the opening event.
 */
@Component
class EventStoreSuccessionCaseRegistry implements SuccessionCaseRegistry {

    private final AggregateStreams streams;
    private final UniqueClaims claims;

    EventStoreSuccessionCaseRegistry(EventStore eventStore) {
        this.streams = new AggregateStreams(eventStore);
        this.claims = new UniqueClaims(eventStore);
    }

    @Override
    public Optional<OpenedCase> caseOf(SuccessionCaseId caseId) {
        return streams.firstEvent(caseId.value(), SuccessionCase.class, SuccessionCaseOpenedEvent.class)
                .map(opened -> new OpenedCase(opened.companyId(), opened.side(), opened.openedOn(), opened.inPrefecture()));
    }

    /** Named by the case's deal claim. */
    @Override
    public Optional<SuccessionDealId> dealOf(SuccessionCaseId caseId) {
        return claims.holderOf(caseId.dealClaim()).map(SuccessionDealId::of);
    }
}
