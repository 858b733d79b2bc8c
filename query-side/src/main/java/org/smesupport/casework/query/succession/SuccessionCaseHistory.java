package org.smesupport.casework.query.succession;

import com.mongodb.client.MongoDatabase;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.smesupport.casework.api.common.UniqueClaimedEvent;
import org.smesupport.casework.api.succession.FindSuccessionCaseQuery;
import org.smesupport.casework.api.succession.SuccessionCaseId;
import org.smesupport.casework.api.succession.SuccessionCaseView;
import org.smesupport.casework.projection.succession.SuccessionCaseProjection;
import org.smesupport.casework.query.company.CompanyNames;
import org.smesupport.casework.query.history.AggregateHistory;
import org.springframework.stereotype.Component;

/**
 * A succession case with its diagnoses, plans and deal as it stood after a version or on a date (see
 * {@link AggregateHistory}). The deal is an aggregate of its own: the case's claim stream
 * ({@link SuccessionCaseId#dealClaim()}) names it, and its events are taken in up to the moment asked for.
 */
@Component
class SuccessionCaseHistory extends AggregateHistory<SuccessionCaseView> {

    private final CompanyNames companyNames;
    private final EventStore eventStore;

    SuccessionCaseHistory(CompanyNames companyNames, EventStore eventStore) {
        super("SuccessionCase", SuccessionCaseProjection::new);
        this.companyNames = companyNames;
        this.eventStore = eventStore;
    }

    @Override
    protected SuccessionCaseView view(MongoDatabase readModels, String aggregateId, LocalDate on) {
        return new SuccessionQueryHandler(readModels, companyNames)
                .handle(new FindSuccessionCaseQuery(SuccessionCaseId.of(aggregateId)));
    }

    @Override
    protected List<DomainEventMessage<?>> related(String aggregateId) {
        List<DomainEventMessage<?>> deal = new ArrayList<>();
        eventStore.readEvents(SuccessionCaseId.of(aggregateId).dealClaim(), 0L).asStream()
                .map(DomainEventMessage::getPayload)
                .filter(UniqueClaimedEvent.class::isInstance)
                .map(claim -> ((UniqueClaimedEvent) claim).holder())
                .distinct()
                .forEach(dealId -> eventStore.readEvents(dealId, 0L).asStream().forEach(deal::add));
        return deal;
    }
}
