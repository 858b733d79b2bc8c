package org.smesupport.casework.command.lease;

import java.util.Optional;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.smesupport.casework.api.company.CompanyId;
import org.smesupport.casework.api.lease.LeaseContractId;
import org.smesupport.casework.api.lease.LeaseContractTerms;
import org.smesupport.casework.command.common.AggregateStreams;
import org.springframework.stereotype.Component;

/** Reads only a contract's first event, its opening or its bringing forward ({@link AggregateStreams}). */
@Component
public class EventStoreLeaseContractRegistry implements LeaseContractRegistry {

    private final AggregateStreams streams;

    public EventStoreLeaseContractRegistry(EventStore eventStore) {
        this.streams = new AggregateStreams(eventStore);
    }

    @Override
    public Optional<CompanyId> companyOf(LeaseContractId contractId) {
        return streams.firstEvent(contractId.value(), LeaseContract.class, LeaseContractTerms.class)
                .map(LeaseContractTerms::companyId);
    }
}
