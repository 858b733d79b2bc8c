package org.smesupport.casework.query.consultation;

import com.mongodb.client.MongoDatabase;
import java.time.LocalDate;
import org.smesupport.casework.api.consultation.ConsultationCaseId;
import org.smesupport.casework.api.consultation.ConsultationCaseView;
import org.smesupport.casework.api.consultation.FindConsultationCaseQuery;
import org.smesupport.casework.projection.consultation.ConsultationCaseProjection;
import org.smesupport.casework.query.company.CompanyNames;
import org.smesupport.casework.query.history.AggregateHistory;
import org.springframework.stereotype.Component;

/** A consultation case with its timeline as it stood after a version or on a date (see {@link AggregateHistory}). */
@Component
class ConsultationCaseHistory extends AggregateHistory<ConsultationCaseView> {

    private final CompanyNames companyNames;

    ConsultationCaseHistory(CompanyNames companyNames) {
        super("ConsultationCase", ConsultationCaseProjection::new);
        this.companyNames = companyNames;
    }

    @Override
    protected ConsultationCaseView view(MongoDatabase readModels, String aggregateId, LocalDate on) {
        return new ConsultationCaseQueryHandler(readModels, companyNames)
                .handle(new FindConsultationCaseQuery(ConsultationCaseId.of(aggregateId)));
    }
}
