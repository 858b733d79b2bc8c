package org.smesupport.casework.projection.consultation;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.MetaData;
import org.bson.Document;
import org.smesupport.casework.api.consultation.ConsultationCaseAssignedEvent;
import org.smesupport.casework.api.consultation.ConsultationCaseClosedEvent;
import org.smesupport.casework.api.consultation.ConsultationCaseOpenedEvent;
import org.smesupport.casework.api.consultation.ConsultationCaseReopenedEvent;
import org.smesupport.casework.api.consultation.ConsultationSessionRecordedEvent;
import org.smesupport.casework.api.consultation.ConsultationStatus;
import org.smesupport.casework.api.consultation.ExpertDispatchRecordedEvent;
import org.smesupport.casework.api.reference.ReferenceAssignedEvent;
import org.smesupport.casework.api.reference.ReferenceKind;
import org.smesupport.casework.projection.AggregateSequence;
import org.smesupport.casework.projection.ReadModelDates;
import org.smesupport.casework.projection.ReadModelSettings;
import org.smesupport.casework.projection.ReadModelStore;
import org.smesupport.casework.projection.RecordReference;
import org.smesupport.casework.projection.TimelinePages;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The {@code consultation_cases} read model, one document per case with its current state and the open page
 * of its {@link TimelinePages}; the timeline's full pages live in their own documents. A live event
 * therefore writes one document, the case, and one more each time a page fills, and no document grows with
 * the case's history.
 * <p>
 * The case keeps the sequence of the last event applied to it ({@code version}) and every handler skips
 * what is at or below it, which covers the open page too since it lives on the case. Full pages and cases go
 * through two {@link ReadModelStore}s of this processing group's batch, written one after the other before
 * the token moves past the batch, and the page store is always written first
 * ({@link TimelinePages#enlistFirst()}). That order is what makes a failure between the two writes
 * harmless:
 * <ul>
 * <li>pages written, cases not: the collection holds the case as before the batch, still carrying the
 * entries of the pages the batch filled. The redelivery applies the same events to it, derives the same
 * pages from the same entries and replaces them by {@code _id}, so nothing is appended twice; until then a
 * reader never sees those pages, because it reads only the pages before the case's open page.</li>
 * <li>the reverse order could write a case that has dropped the entries of a full page and then lose that
 * page: the redelivery would skip its events as already applied.</li>
 * </ul>
 * A page write is a replacement by a pure function of the events, so writing it again changes nothing.
 */
@Component
@ProcessingGroup(ConsultationCaseProjection.PROCESSING_GROUP)
public class ConsultationCaseProjection {

    static final String PROCESSING_GROUP = "consultation-cases";
    public static final String COLLECTION = "consultation_cases";
    public static final String TIMELINE_COLLECTION = "consultation_case_timeline";

    private final ReadModelStore cases;
    private final TimelinePages timeline;

    public ConsultationCaseProjection(MongoDatabase readModels, @Value(ReadModelSettings.CACHE_SIZE) int cacheSize) {
        MongoCollection<Document> collection = readModels.getCollection(COLLECTION);
        declareListIndexes(collection);
        this.cases = new ReadModelStore(collection, cacheSize);
        this.timeline = new TimelinePages(readModels, TIMELINE_COLLECTION, "caseId", cacheSize);
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
        collection.createIndex(Indexes.ascending(RecordReference.FIELD));
    }

    @EventHandler
    void on(ConsultationCaseOpenedEvent event, @SequenceNumber long sequence, @Timestamp Instant at, MetaData metaData) {
        String id = event.caseId().value();
        if (AggregateSequence.alreadyApplied(timeline.findOwner(cases, event.caseId().value()), sequence)) {
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
                .append(TimelinePages.OPEN_PAGE, TimelinePages.firstOpenPage());
        LocalDate date = timeline.record(consultation, sequence, "OPENED", event.openedOn(), at, metaData,
                "Opened at " + event.desk().label() + ": " + event.subject(),
                new Document("desk", event.desk().name()).append("companyId", event.companyId().value()));
        advance(consultation, sequence, date);
    }

    @EventHandler
    void on(ConsultationCaseAssignedEvent event, @SequenceNumber long sequence, @Timestamp Instant at, MetaData metaData) {
        Document consultation = timeline.unappliedOwner(cases, event.caseId().value(), sequence);
        if (consultation == null) {
            return;
        }
        String summary = event.previousCaseworker() == null
                ? "Assigned to " + event.caseworker()
                : "Reassigned from " + event.previousCaseworker() + " to " + event.caseworker();
        LocalDate date = timeline.record(consultation, sequence, "ASSIGNED", event.assignedOn(), at, metaData, summary,
                new Document("caseworker", event.caseworker()).append("previousCaseworker", event.previousCaseworker()));
        consultation.put("caseworker", event.caseworker());
        advance(consultation, sequence, date);
    }

    @EventHandler
    void on(ConsultationSessionRecordedEvent event, @SequenceNumber long sequence, @Timestamp Instant at, MetaData metaData) {
        Document consultation = timeline.unappliedOwner(cases, event.caseId().value(), sequence);
        if (consultation == null) {
            return;
        }
        LocalDate date = timeline.record(consultation, sequence, "SESSION_RECORDED", event.heldOn(), at, metaData,
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
        consultation.put("sessionCount", consultation.getInteger("sessionCount") + 1);
        advance(consultation, sequence, date);
    }

    @EventHandler
    void on(ExpertDispatchRecordedEvent event, @SequenceNumber long sequence, @Timestamp Instant at, MetaData metaData) {
        Document consultation = timeline.unappliedOwner(cases, event.caseId().value(), sequence);
        if (consultation == null) {
            return;
        }
        LocalDate date = timeline.record(consultation, sequence, "EXPERT_DISPATCHED", event.dispatchedOn(), at, metaData,
                "Expert dispatch " + event.dispatchNumber() + " (" + event.kind().label() + "): " + event.expert(),
                new Document("dispatchNumber", event.dispatchNumber())
                        .append("desk", event.desk().name())
                        .append("kind", event.kind().name())
                        .append("expert", event.expert())
                        .append("notes", event.notes()));
        consultation.put("dispatchCount", consultation.getInteger("dispatchCount") + 1);
        advance(consultation, sequence, date);
    }

    @EventHandler
    void on(ConsultationCaseClosedEvent event, @SequenceNumber long sequence, @Timestamp Instant at, MetaData metaData) {
        Document consultation = timeline.unappliedOwner(cases, event.caseId().value(), sequence);
        if (consultation == null) {
            return;
        }
        LocalDate date = timeline.record(consultation, sequence, "CLOSED", event.closedOn(), at, metaData,
                "Closed (" + event.outcome().name() + ")" + (event.summary() == null ? "" : ": " + event.summary()),
                new Document("outcome", event.outcome().name()).append("summary", event.summary()));
        consultation.append("status", ConsultationStatus.CLOSED.name())
                .append("closedOn", ReadModelDates.format(event.closedOn()))
                .append("outcome", event.outcome().name());
        advance(consultation, sequence, date);
    }

    @EventHandler
    void on(ConsultationCaseReopenedEvent event, @SequenceNumber long sequence, @Timestamp Instant at, MetaData metaData) {
        Document consultation = timeline.unappliedOwner(cases, event.caseId().value(), sequence);
        if (consultation == null) {
            return;
        }
        LocalDate date = timeline.record(consultation, sequence, "REOPENED", event.reopenedOn(), at, metaData,
                "Reopened: " + event.reason(), new Document("reason", event.reason()));
        consultation.append("status", ConsultationStatus.OPEN.name())
                .append("closedOn", null)
                .append("outcome", null);
        advance(consultation, sequence, date);
    }

    @EventHandler
    void on(ReferenceAssignedEvent event) {
        RecordReference.record(event, ReferenceKind.CONSULTATION, id -> timeline.findOwner(cases, id), cases);
    }

    @ResetHandler
    void reset() {
        cases.clear();
        timeline.clear();
    }


    /** Records the event as applied to the case, whose step it recorded happened on {@code date}. */
    private void advance(Document consultation, long sequence, LocalDate date) {
        String lastActivity = consultation.getString("lastActivityOn");
        // Back-dated steps must not move the last activity backwards.
        if (lastActivity == null || ReadModelDates.isBefore(lastActivity, ReadModelDates.format(date))) {
            consultation.put("lastActivityOn", ReadModelDates.format(date));
        }
        consultation.put(AggregateSequence.FIELD, sequence);
        cases.save(consultation);
    }
}
