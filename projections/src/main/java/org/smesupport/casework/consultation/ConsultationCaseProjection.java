package org.smesupport.casework.consultation;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.MetaData;
import org.bson.Document;
import org.smesupport.casework.projection.AggregateSequence;
import org.smesupport.casework.projection.AuditMetaData;
import org.smesupport.casework.projection.ReadModelDates;
import org.smesupport.casework.projection.ReadModelSettings;
import org.smesupport.casework.projection.ReadModelStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The {@code consultation_cases} read model: one document per case with its current state and its whole
 * timeline, so that both the list and the detail view are served from this one document.
 */
@Component
@ProcessingGroup(ConsultationCaseProjection.PROCESSING_GROUP)
class ConsultationCaseProjection {

    static final String PROCESSING_GROUP = "consultation-cases";
    static final String COLLECTION = "consultation_cases";

    private final ReadModelStore cases;

    ConsultationCaseProjection(MongoDatabase readModels, @Value(ReadModelSettings.CACHE_SIZE) int cacheSize) {
        MongoCollection<Document> collection = readModels.getCollection(COLLECTION);
        declareListIndexes(collection);
        this.cases = new ReadModelStore(collection, cacheSize);
    }

    /**
     * The indexes the case list filters need on a real MongoDB (newest first within each filter). The
     * embedded server ignores them and scans, which is acceptable for its data sizes.
     */
    private static void declareListIndexes(MongoCollection<Document> collection) {
        collection.createIndex(Indexes.compoundIndex(
                Indexes.ascending("desk", "status"), Indexes.descending("openedOn")));
        collection.createIndex(Indexes.compoundIndex(Indexes.ascending("caseworker"), Indexes.descending("openedOn")));
        collection.createIndex(Indexes.compoundIndex(Indexes.ascending("companyId"), Indexes.descending("openedOn")));
        collection.createIndex(Indexes.descending("openedOn"));
    }

    @EventHandler
    void on(ConsultationCaseOpenedEvent event, @SequenceNumber long sequence, @Timestamp Instant at, MetaData metaData) {
        String id = event.caseId().value();
        if (AggregateSequence.alreadyApplied(cases.find(id), sequence)) {
            return;
        }
        Document consultation = new Document("_id", id)
                .append("companyId", event.companyId().value())
                .append("desk", event.desk().name())
                .append("subject", event.subject())
                .append("status", ConsultationStatus.OPEN.name())
                .append("caseworker", null)
                .append("openedOn", ReadModelDates.format(event.openedOn()))
                .append("closedOn", null)
                .append("outcome", null)
                .append("sessionCount", 0)
                .append("dispatchCount", 0)
                .append("timeline", new ArrayList<Document>());
        record(consultation, sequence, "OPENED", event.openedOn(), at, metaData,
                "Opened at " + event.desk().label() + ": " + event.subject(),
                new Document("desk", event.desk().name()).append("companyId", event.companyId().value()));
    }

    @EventHandler
    void on(ConsultationCaseAssignedEvent event, @SequenceNumber long sequence, @Timestamp Instant at, MetaData metaData) {
        Document consultation = unapplied(event.caseId(), sequence);
        if (consultation == null) {
            return;
        }
        consultation.put("caseworker", event.caseworker());
        String summary = event.previousCaseworker() == null
                ? "Assigned to " + event.caseworker()
                : "Reassigned from " + event.previousCaseworker() + " to " + event.caseworker();
        record(consultation, sequence, "ASSIGNED", null, at, metaData, summary,
                new Document("caseworker", event.caseworker()).append("previousCaseworker", event.previousCaseworker()));
    }

    @EventHandler
    void on(ConsultationSessionRecordedEvent event, @SequenceNumber long sequence, @Timestamp Instant at, MetaData metaData) {
        Document consultation = unapplied(event.caseId(), sequence);
        if (consultation == null) {
            return;
        }
        consultation.put("sessionCount", consultation.getInteger("sessionCount") + 1);
        record(consultation, sequence, "SESSION_RECORDED", event.heldOn(), at, metaData,
                "Session " + event.sessionNumber() + " (" + event.category().label() + ", "
                        + event.durationMinutes() + " min) with " + event.counsellor()
                        + (event.lawyerConsultation() ? ", lawyer consultation" : ""),
                new Document("sessionNumber", event.sessionNumber())
                        .append("desk", event.desk().name())
                        .append("category", event.category().name())
                        .append("counsellor", event.counsellor())
                        .append("durationMinutes", event.durationMinutes())
                        .append("lawyerConsultation", event.lawyerConsultation())
                        .append("notes", event.notes()));
    }

    @EventHandler
    void on(ExpertDispatchRecordedEvent event, @SequenceNumber long sequence, @Timestamp Instant at, MetaData metaData) {
        Document consultation = unapplied(event.caseId(), sequence);
        if (consultation == null) {
            return;
        }
        consultation.put("dispatchCount", consultation.getInteger("dispatchCount") + 1);
        record(consultation, sequence, "EXPERT_DISPATCHED", event.dispatchedOn(), at, metaData,
                "Expert dispatch " + event.dispatchNumber() + " (" + event.kind().label() + "): " + event.expert(),
                new Document("dispatchNumber", event.dispatchNumber())
                        .append("desk", event.desk().name())
                        .append("kind", event.kind().name())
                        .append("expert", event.expert())
                        .append("notes", event.notes()));
    }

    @EventHandler
    void on(ConsultationCaseClosedEvent event, @SequenceNumber long sequence, @Timestamp Instant at, MetaData metaData) {
        Document consultation = unapplied(event.caseId(), sequence);
        if (consultation == null) {
            return;
        }
        consultation.append("status", ConsultationStatus.CLOSED.name())
                .append("closedOn", ReadModelDates.format(event.closedOn()))
                .append("outcome", event.outcome().name());
        record(consultation, sequence, "CLOSED", event.closedOn(), at, metaData,
                "Closed (" + event.outcome().name() + ")" + (event.summary() == null ? "" : ": " + event.summary()),
                new Document("outcome", event.outcome().name()).append("summary", event.summary()));
    }

    @EventHandler
    void on(ConsultationCaseReopenedEvent event, @SequenceNumber long sequence, @Timestamp Instant at, MetaData metaData) {
        Document consultation = unapplied(event.caseId(), sequence);
        if (consultation == null) {
            return;
        }
        consultation.append("status", ConsultationStatus.OPEN.name())
                .append("closedOn", null)
                .append("outcome", null);
        record(consultation, sequence, "REOPENED", event.reopenedOn(), at, metaData,
                "Reopened: " + event.reason(), new Document("reason", event.reason()));
    }

    @ResetHandler
    void reset() {
        cases.clear();
    }

    /** The case document if this event is news to it; {@code null} for a redelivery. */
    private Document unapplied(ConsultationCaseId caseId, long sequence) {
        Document consultation = cases.find(caseId.value());
        // Every later event follows the opening in the same stream, so a missing case is never expected.
        return consultation == null || AggregateSequence.alreadyApplied(consultation, sequence) ? null : consultation;
    }

    /**
     * Appends the step to the timeline. Its date is the business date of the step where the event has
     * one, else the business date the command carried in metadata, else the day the event happened.
     */
    private void record(Document consultation, long sequence, String type, LocalDate eventDate, Instant at,
                        MetaData metaData, String summary, Document details) {
        AuditMetaData audit = AuditMetaData.from(metaData);
        LocalDate date = eventDate != null ? eventDate
                : audit.businessDate() != null ? audit.businessDate() : ReadModelDates.businessDay(at);
        List<Document> timeline = consultation.getList("timeline", Document.class);
        timeline.add(new Document("sequence", sequence)
                .append("type", type)
                .append("date", ReadModelDates.format(date))
                .append("at", Date.from(at))
                .append("user", audit.user())
                .append("role", audit.role())
                .append("reason", audit.reason())
                .append("summary", summary)
                .append("details", details));
        String lastActivity = consultation.getString("lastActivityOn");
        // Back-dated steps must not move the last activity backwards.
        if (lastActivity == null || lastActivity.compareTo(ReadModelDates.format(date)) < 0) {
            consultation.put("lastActivityOn", ReadModelDates.format(date));
        }
        consultation.put(AggregateSequence.FIELD, sequence);
        cases.save(consultation);
    }
}
