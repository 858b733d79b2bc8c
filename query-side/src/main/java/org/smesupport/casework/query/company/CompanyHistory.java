package org.smesupport.casework.query.company;

import com.mongodb.client.MongoDatabase;
import java.time.LocalDate;
import org.smesupport.casework.api.company.CompanyId;
import org.smesupport.casework.api.company.CompanyView;
import org.smesupport.casework.api.company.FindCompanyQuery;
import org.smesupport.casework.projection.company.CompanyProjection;
import org.smesupport.casework.query.history.AggregateHistory;
import org.springframework.stereotype.Component;

/** A company's record as it stood after a version or on a date (see {@link AggregateHistory}). */
@Component
class CompanyHistory extends AggregateHistory<CompanyView> {

    CompanyHistory() {
        super("Company", CompanyProjection::new);
    }

    @Override
    protected CompanyView view(MongoDatabase readModels, String aggregateId, LocalDate on) {
        return new CompanyQueryHandler(readModels).handle(new FindCompanyQuery(CompanyId.of(aggregateId)));
    }
}
