package org.smesupport.casework.query.lease;

import com.mongodb.client.MongoDatabase;
import java.time.LocalDate;
import org.smesupport.casework.api.lease.FindLeaseContractQuery;
import org.smesupport.casework.api.lease.LeaseContractId;
import org.smesupport.casework.api.lease.LeaseContractView;
import org.smesupport.casework.projection.ReadModelFreshness;
import org.smesupport.casework.projection.lease.LeaseContractProjection;
import org.smesupport.casework.query.company.CompanyNames;
import org.smesupport.casework.query.history.AggregateHistory;
import org.springframework.stereotype.Component;

/**
 * A lease contract with its schedule, arrears and roll-forward as it stood after a version or on a date (see
 * {@link AggregateHistory}), its arrears aged to that date: an instalment paid later shows unpaid then.
 */
@Component
class LeaseContractHistory extends AggregateHistory<LeaseContractView> {

    private final ReadModelFreshness freshness;
    private final CompanyNames companyNames;

    LeaseContractHistory(ReadModelFreshness freshness, CompanyNames companyNames) {
        super("LeaseContract", LeaseContractProjection::new);
        this.freshness = freshness;
        this.companyNames = companyNames;
    }

    @Override
    protected LeaseContractView view(MongoDatabase readModels, String aggregateId, LocalDate on) {
        return new LeaseContractQueryHandler(readModels, freshness, companyNames)
                .handle(new FindLeaseContractQuery(LeaseContractId.of(aggregateId), on));
    }
}
