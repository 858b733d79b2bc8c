package org.smesupport.casework.query.consultation;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.smesupport.casework.api.common.TimelineEntry;
import org.smesupport.casework.api.consultation.CaseOutcome;
import org.smesupport.casework.api.consultation.ConsultationCasePage;
import org.smesupport.casework.api.consultation.ConsultationCaseSummary;
import org.smesupport.casework.api.consultation.ConsultationCaseView;
import org.smesupport.casework.api.consultation.ConsultationStatus;
import org.smesupport.casework.api.consultation.Desk;
import org.smesupport.casework.api.consultation.FindConsultationCaseQuery;
import org.smesupport.casework.api.consultation.FindConsultationCasesQuery;
import org.smesupport.casework.projection.ReadModelDates;
import org.smesupport.casework.projection.RecordReference;
import org.smesupport.casework.projection.TimelinePages;
import org.smesupport.casework.projection.consultation.ConsultationCaseProjection;
import org.smesupport.casework.query.company.CompanyNames;
import org.springframework.stereotype.Component;

/** Answers case queries from the {@code consultation_cases} read model and its {@link TimelinePages}. */
@Component
class ConsultationCaseQueryHandler {

    private final MongoCollection<Document> cases;
    private final MongoCollection<Document> timelinePages;
    private final CompanyNames companyNames;

    ConsultationCaseQueryHandler(MongoDatabase readModels, CompanyNames companyNames) {
        this.companyNames = companyNames;
        this.cases = readModels.getCollection(ConsultationCaseProjection.COLLECTION);
        this.timelinePages = readModels.getCollection(ConsultationCaseProjection.TIMELINE_COLLECTION);
    }

    @QueryHandler
    ConsultationCasePage handle(FindConsultationCasesQuery query) {
        Bson filter = filter(query);
        List<Document> found = cases.find(filter)
                // A list shows summaries only; the open page of each timeline would be dead weight.
                .projection(Projections.exclude(TimelinePages.OPEN_PAGE))
                .sort(Sorts.descending("openedOn", "_id"))
                .skip(query.page() * query.size())
                .limit(query.size())
                .into(new ArrayList<>());
        Map<String, String> names = companyNames.of(
                found.stream().map(consultation -> consultation.getString("companyId")).toList());
        List<ConsultationCaseSummary> items = found.stream().map(consultation -> summary(consultation, names)).toList();
        return new ConsultationCasePage(items, query.page(), query.size(), cases.countDocuments(filter));
    }

    @QueryHandler
    ConsultationCaseView handle(FindConsultationCaseQuery query) {
        String caseId = query.caseId().value();
        Document consultation = cases.find(Filters.eq("_id", caseId)).first();
        if (consultation == null) {
            return null;
        }
        ConsultationCaseSummary summary = summary(consultation,
                companyNames.of(List.of(consultation.getString("companyId"))));
        List<TimelineEntry> timeline = TimelinePages.entries(timelinePages, consultation, summary.version());
        return new ConsultationCaseView(summary, timeline);
    }

    private static Bson filter(FindConsultationCasesQuery query) {
        List<Bson> conditions = new ArrayList<>();
        if (query.desk() != null) {
            conditions.add(Filters.eq("desk", query.desk().name()));
        }
        if (query.status() != null) {
            conditions.add(Filters.eq("status", query.status().name()));
        }
        if (query.caseworker() != null) {
            conditions.add(Filters.eq("caseworker", query.caseworker()));
        }
        if (query.companyId() != null) {
            conditions.add(Filters.eq("companyId", query.companyId()));
        }
        // Business dates are stored as ISO strings, which compare in date order.
        if (query.openedFrom() != null) {
            conditions.add(Filters.gte("openedOn", ReadModelDates.format(query.openedFrom())));
        }
        if (query.openedTo() != null) {
            conditions.add(Filters.lte("openedOn", ReadModelDates.format(query.openedTo())));
        }
        if (query.reference() != null) {
            conditions.add(Filters.eq(RecordReference.FIELD, query.reference()));
        }
        return conditions.isEmpty() ? new Document() : Filters.and(conditions);
    }

    private static ConsultationCaseSummary summary(Document consultation, Map<String, String> companyNames) {
        String outcome = consultation.getString("outcome");
        String companyId = consultation.getString("companyId");
        return new ConsultationCaseSummary(
                consultation.getString("_id"),
                consultation.getString(RecordReference.FIELD),
                companyId,
                companyNames.get(companyId),
                Desk.valueOf(consultation.getString("desk")),
                consultation.getString("subject"),
                ConsultationStatus.valueOf(consultation.getString("status")),
                consultation.getString("caseworker"),
                ReadModelDates.parse(consultation.getString("openedOn")),
                ReadModelDates.parse(consultation.getString("closedOn")),
                outcome == null ? null : CaseOutcome.valueOf(outcome),
                consultation.getInteger("sessionCount"),
                consultation.getInteger("dispatchCount"),
                ReadModelDates.parse(consultation.getString("lastActivityOn")),
                consultation.getLong("version"));
    }

}
