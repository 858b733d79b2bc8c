package org.smesupport.casework.query.restructuring;

import com.mongodb.client.MongoDatabase;
import java.time.LocalDate;
import org.smesupport.casework.api.restructuring.FindRestructuringCaseQuery;
import org.smesupport.casework.api.restructuring.RestructuringCaseId;
import org.smesupport.casework.api.restructuring.RestructuringCaseView;
import org.smesupport.casework.projection.restructuring.RestructuringCaseProjection;
import org.smesupport.casework.query.company.CompanyNames;
import org.smesupport.casework.query.history.AggregateHistory;
import org.springframework.stereotype.Component;

/**
 * A restructuring case with its stage, creditors and plan as it stood after a version or on a date
 * (see {@link AggregateHistory}).
 */
@Component
class RestructuringCaseHistory extends AggregateHistory<RestructuringCaseView> {

    private final CompanyNames companyNames;

    RestructuringCaseHistory(CompanyNames companyNames) {
        super("RestructuringCase", RestructuringCaseProjection::new);
        this.companyNames = companyNames;
    }

    @Override
    protected RestructuringCaseView view(MongoDatabase readModels, String aggregateId, LocalDate on) {
        return new RestructuringCaseQueryHandler(readModels, companyNames)
                .handle(new FindRestructuringCaseQuery(RestructuringCaseId.of(aggregateId), on));
    }
}
