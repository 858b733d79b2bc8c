package org.smesupport.casework.query.restructuring;

import com.mongodb.client.MongoDatabase;
import java.time.LocalDate;
import org.smesupport.casework.api.restructuring.FindImprovementSubsidyQuery;
import org.smesupport.casework.api.restructuring.ImprovementSubsidyId;
import org.smesupport.casework.api.restructuring.ImprovementSubsidyView;
import org.smesupport.casework.projection.restructuring.ImprovementSubsidyProjection;
import org.smesupport.casework.query.company.CompanyNames;
import org.smesupport.casework.query.history.AggregateHistory;
import org.springframework.stereotype.Component;

/** An improvement-plan subsidy file as it stood after a version or on a date (see {@link AggregateHistory}). */
@Component
class ImprovementSubsidyHistory extends AggregateHistory<ImprovementSubsidyView> {

    private final CompanyNames companyNames;

    ImprovementSubsidyHistory(CompanyNames companyNames) {
        super("ImprovementSubsidy", ImprovementSubsidyProjection::new);
        this.companyNames = companyNames;
    }

    @Override
    protected ImprovementSubsidyView view(MongoDatabase readModels, String aggregateId, LocalDate on) {
        return new ImprovementSubsidyQueryHandler(readModels, companyNames)
                .handle(new FindImprovementSubsidyQuery(ImprovementSubsidyId.of(aggregateId)));
    }
}
