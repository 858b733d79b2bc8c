package org.smesupport.casework.projection.restructuring;

import static org.smesupport.casework.projection.restructuring.RestructuringCaseFields.list;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.MetaData;
import org.bson.Document;
import org.smesupport.casework.api.lease.LeaseContractId;
import org.smesupport.casework.api.reference.ReferenceAssignedEvent;
import org.smesupport.casework.api.reference.ReferenceKind;
import org.smesupport.casework.api.restructuring.CreditorAddedEvent;
import org.smesupport.casework.api.restructuring.CreditorConsentRecordedEvent;
import org.smesupport.casework.api.restructuring.LeaseRescheduleRefusedEvent;
import org.smesupport.casework.api.restructuring.LeaseRescheduleRequestedEvent;
import org.smesupport.casework.api.restructuring.LeaseRescheduleStatus;
import org.smesupport.casework.api.restructuring.RestructuringCaseEndedEvent;
import org.smesupport.casework.api.restructuring.RestructuringCaseOpenedEvent;
import org.smesupport.casework.api.restructuring.RestructuringPlanCompletedEvent;
import org.smesupport.casework.api.restructuring.RestructuringStage;
import org.smesupport.casework.api.restructuring.RestructuringStageAdvancedEvent;
import org.smesupport.casework.api.restructuring.SpecialReschedulingAppliedEvent;
import org.smesupport.casework.projection.AggregateSequence;
import org.smesupport.casework.projection.AuditMetaData;
import org.smesupport.casework.projection.ReadModelDates;
import org.smesupport.casework.projection.ReadModelSettings;
import org.smesupport.casework.projection.ReadModelStore;
import org.smesupport.casework.projection.RecordReference;
import org.smesupport.casework.projection.TimelinePages;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The {@code restructuring_cases} read model, the pipeline board's source: one document per case with its stage
 * history, flags, creditors, lease reschedules and ending ({@link RestructuringCaseFields}), and the open page of
 * its {@link TimelinePages}. The time a case has spent in its stage is not stored: it changes with the calendar
 * alone, so the query derives it from the stage's date and a day the reader gives.
 * <p>
 * The case keeps the sequence of the last event applied ({@code version}) and every handler skips what is at or
 * below it. Full timeline pages are written before cases in every batch, for the reason the consultation case
 * projection gives: a failure between the two writes then leaves the entries on the old case, and the
 * redelivery derives the same pages again.
 */
@Component
@ProcessingGroup(RestructuringProcessingGroups.READ_MODELS)
public class RestructuringCaseProjection {

    public static final String COLLECTION = "restructuring_cases";
    public static final String TIMELINE_COLLECTION = "restructuring_case_timeline";

    private final ReadModelStore cases;
    private final TimelinePages timeline;

    public RestructuringCaseProjection(MongoDatabase readModels, @Value(ReadModelSettings.CACHE_SIZE) int cacheSize) {
        MongoCollection<Document> collection = readModels.getCollection(COLLECTION);
        declareListIndexes(collection);
        this.cases = new ReadModelStore(collection, cacheSize);
        this.timeline = new TimelinePages(readModels, TIMELINE_COLLECTION, "caseId", cacheSize);
    }

    /** What the list filters need on a real MongoDB, newest opening first; the embedded server scans. */
    private static void declareListIndexes(MongoCollection<Document> collection) {
        collection.createIndex(Indexes.compoundIndex(
                Indexes.ascending(RestructuringCaseFields.STAGE), Indexes.descending(RestructuringCaseFields.OPENED_ON)));
        collection.createIndex(Indexes.compoundIndex(
                Indexes.ascending(RestructuringCaseFields.CASEWORKER), Indexes.descending(RestructuringCaseFields.OPENED_ON)));
        collection.createIndex(Indexes.descending(RestructuringCaseFields.OPENED_ON));
    }

    @EventHandler
    void on(RestructuringCaseOpenedEvent event, @SequenceNumber long sequence, @Timestamp Instant at, MetaData metaData) {
        if (AggregateSequence.alreadyApplied(timeline.findOwner(cases, event.caseId().value()), sequence)) {
            return;
        }
        Document restructuring = new Document("_id", event.caseId().value())
                .append(RestructuringCaseFields.COMPANY_ID, event.companyId().value())
                .append(RestructuringCaseFields.SUMMARY, event.summary())
                .append(RestructuringCaseFields.STAGES, new ArrayList<Document>())
                // The caseworker is whoever opened the case: the command carries no assignee.
                .append(RestructuringCaseFields.CASEWORKER, AuditMetaData.from(metaData).user())
                .append(RestructuringCaseFields.OPENED_ON, ReadModelDates.format(event.openedOn()))
                .append(RestructuringCaseFields.SPECIAL_RESCHEDULINGS, new ArrayList<Document>())
                .append(RestructuringCaseFields.PLAN, null)
                .append(RestructuringCaseFields.CREDITORS, new ArrayList<Document>())
                .append(RestructuringCaseFields.LEASE_RESCHEDULES, new ArrayList<Document>())
                .append(RestructuringCaseFields.ENDED, null)
                .append(TimelinePages.OPEN_PAGE, TimelinePages.firstOpenPage());
        enter(restructuring, RestructuringStage.FIRST_RESPONSE, event.openedOn());
        timeline.record(restructuring, sequence, "OPENED", event.openedOn(), at, metaData, "Opened (1次対応): " + event.summary(),
                new Document(RestructuringCaseFields.COMPANY_ID, event.companyId().value()));
        advance(restructuring, sequence, at);
    }

    @EventHandler
    void on(RestructuringStageAdvancedEvent event, @SequenceNumber long sequence, @Timestamp Instant at, MetaData metaData) {
        Document restructuring = timeline.unappliedOwner(cases, event.caseId().value(), sequence);
        if (restructuring == null) {
            return;
        }
        enter(restructuring, event.to(), event.on());
        timeline.record(restructuring, sequence, "STAGE_ADVANCED", event.on(), at, metaData,
                "Advanced from " + event.from().label() + " to " + event.to().label(),
                new Document("from", event.from().name()).append("to", event.to().name()));
        advance(restructuring, sequence, at);
    }

    @EventHandler
    void on(CreditorAddedEvent event, @SequenceNumber long sequence, @Timestamp Instant at, MetaData metaData) {
        Document restructuring = timeline.unappliedOwner(cases, event.caseId().value(), sequence);
        if (restructuring == null) {
            return;
        }
        list(restructuring, RestructuringCaseFields.CREDITORS).add(new Document(RestructuringCaseFields.CREDITOR, event.creditor())
                .append(RestructuringCaseFields.KIND, event.kind().name())
                .append(RestructuringCaseFields.CONSENTED, null)
                .append(RestructuringCaseFields.CONSENT_RECORDED_ON, null));
        timeline.record(restructuring, sequence, "CREDITOR_ADDED", null, at, metaData,
                "Creditor added: " + event.creditor() + " (" + event.kind().name() + ")",
                new Document(RestructuringCaseFields.CREDITOR, event.creditor()).append(RestructuringCaseFields.KIND, event.kind().name()));
        advance(restructuring, sequence, at);
    }

    /** A later answer replaces the creditor's earlier one here; the timeline keeps both. */
    @EventHandler
    void on(CreditorConsentRecordedEvent event, @SequenceNumber long sequence, @Timestamp Instant at, MetaData metaData) {
        Document restructuring = timeline.unappliedOwner(cases, event.caseId().value(), sequence);
        if (restructuring == null) {
            return;
        }
        list(restructuring, RestructuringCaseFields.CREDITORS).stream()
                .filter(creditor -> event.creditor().equals(creditor.getString(RestructuringCaseFields.CREDITOR)))
                .forEach(creditor -> creditor.append(RestructuringCaseFields.CONSENTED, event.consented())
                        .append(RestructuringCaseFields.CONSENT_RECORDED_ON, ReadModelDates.format(event.recordedOn())));
        timeline.record(restructuring, sequence, "CREDITOR_CONSENT_RECORDED", event.recordedOn(), at, metaData,
                event.creditor() + (event.consented() ? " consented" : " did not consent"),
                new Document(RestructuringCaseFields.CREDITOR, event.creditor())
                        .append(RestructuringCaseFields.CONSENTED, event.consented()));
        advance(restructuring, sequence, at);
    }

    @EventHandler
    void on(SpecialReschedulingAppliedEvent event, @SequenceNumber long sequence, @Timestamp Instant at, MetaData metaData) {
        Document restructuring = timeline.unappliedOwner(cases, event.caseId().value(), sequence);
        if (restructuring == null) {
            return;
        }
        list(restructuring, RestructuringCaseFields.SPECIAL_RESCHEDULINGS).add(
                new Document(RestructuringCaseFields.APPLIED_ON, ReadModelDates.format(event.appliedOn()))
                        .append(RestructuringCaseFields.NOTE, event.note()));
        timeline.record(restructuring, sequence, "SPECIAL_RESCHEDULING_APPLIED", event.appliedOn(), at, metaData,
                "特例リスケ applied" + (event.note() == null ? "" : ": " + event.note()),
                new Document(RestructuringCaseFields.NOTE, event.note()));
        advance(restructuring, sequence, at);
    }

    @EventHandler
    void on(RestructuringPlanCompletedEvent event, @SequenceNumber long sequence, @Timestamp Instant at, MetaData metaData) {
        Document restructuring = timeline.unappliedOwner(cases, event.caseId().value(), sequence);
        if (restructuring == null) {
            return;
        }
        restructuring.put(RestructuringCaseFields.PLAN, new Document(RestructuringCaseFields.COMPLETED_ON,
                ReadModelDates.format(event.completedOn()))
                .append(RestructuringCaseFields.DRASTIC, event.drastic())
                .append(RestructuringCaseFields.PLAN_SUMMARY, event.planSummary())
                .append(RestructuringCaseFields.REQUESTED_BY, event.requestedBy()));
        if (event.leaseReschedules() != null) {
            event.leaseReschedules().forEach(reschedule -> list(restructuring, RestructuringCaseFields.LEASE_RESCHEDULES).add(
                    new Document(RestructuringCaseFields.CONTRACT_ID, reschedule.contractId().value())
                            .append(RestructuringCaseFields.STATUS, LeaseRescheduleStatus.PLANNED.name())
                            .append(RestructuringCaseFields.REVISED_INSTALMENTS, reschedule.revisedInstalments().size())
                            .append(RestructuringCaseFields.REQUEST_ID, null)
                            .append(RestructuringCaseFields.REFUSAL, null)));
        }
        enter(restructuring, RestructuringStage.PLAN_COMPLETED, event.completedOn());
        timeline.record(restructuring, sequence, "PLAN_COMPLETED", event.completedOn(), at, metaData,
                "Plan completed (" + (event.drastic() ? "抜本再生" : "rescheduling") + "): " + event.planSummary(),
                new Document(RestructuringCaseFields.DRASTIC, event.drastic())
                        .append(RestructuringCaseFields.LEASE_RESCHEDULES, list(restructuring, RestructuringCaseFields.LEASE_RESCHEDULES).size()));
        advance(restructuring, sequence, at);
    }

    @EventHandler
    void on(LeaseRescheduleRequestedEvent event, @SequenceNumber long sequence, @Timestamp Instant at, MetaData metaData) {
        Document restructuring = timeline.unappliedOwner(cases, event.caseId().value(), sequence);
        if (restructuring == null) {
            return;
        }
        reschedule(restructuring, event.contractId()).append(RestructuringCaseFields.STATUS, LeaseRescheduleStatus.REQUESTED.name())
                .append(RestructuringCaseFields.REQUEST_ID, event.requestId());
        timeline.record(restructuring, sequence, "LEASE_RESCHEDULE_REQUESTED", null, at, metaData,
                "Lease " + event.contractId() + ": deferral request " + event.requestId() + " filed",
                new Document(RestructuringCaseFields.CONTRACT_ID, event.contractId().value())
                        .append(RestructuringCaseFields.REQUEST_ID, event.requestId()));
        advance(restructuring, sequence, at);
    }

    @EventHandler
    void on(LeaseRescheduleRefusedEvent event, @SequenceNumber long sequence, @Timestamp Instant at, MetaData metaData) {
        Document restructuring = timeline.unappliedOwner(cases, event.caseId().value(), sequence);
        if (restructuring == null) {
            return;
        }
        reschedule(restructuring, event.contractId()).append(RestructuringCaseFields.STATUS, LeaseRescheduleStatus.REFUSED.name())
                .append(RestructuringCaseFields.REFUSAL, event.reason());
        timeline.record(restructuring, sequence, "LEASE_RESCHEDULE_REFUSED", null, at, metaData,
                "Lease " + event.contractId() + ": reschedule refused: " + event.reason(),
                new Document(RestructuringCaseFields.CONTRACT_ID, event.contractId().value())
                        .append(RestructuringCaseFields.REFUSAL, event.reason()));
        advance(restructuring, sequence, at);
    }

    @EventHandler
    void on(RestructuringCaseEndedEvent event, @SequenceNumber long sequence, @Timestamp Instant at, MetaData metaData) {
        Document restructuring = timeline.unappliedOwner(cases, event.caseId().value(), sequence);
        if (restructuring == null) {
            return;
        }
        restructuring.put(RestructuringCaseFields.ENDED, new Document(RestructuringCaseFields.AT_STAGE, event.atStage().name())
                .append(RestructuringCaseFields.WITHDRAWN_BY_FIRM, event.withdrawnByFirm())
                .append(RestructuringCaseFields.REASON, event.reason())
                .append(RestructuringCaseFields.ENDED_ON, ReadModelDates.format(event.endedOn())));
        enter(restructuring, RestructuringStage.ENDED, event.endedOn());
        timeline.record(restructuring, sequence, "ENDED", event.endedOn(), at, metaData,
                (event.withdrawnByFirm() ? "Withdrawn by the firm" : "Closed by the centre") + " at "
                        + event.atStage().label() + ": " + event.reason(),
                new Document(RestructuringCaseFields.AT_STAGE, event.atStage().name())
                        .append(RestructuringCaseFields.WITHDRAWN_BY_FIRM, event.withdrawnByFirm()));
        advance(restructuring, sequence, at);
    }

    @EventHandler
    void on(ReferenceAssignedEvent event) {
        RecordReference.record(event, ReferenceKind.RESTRUCTURING, id -> timeline.findOwner(cases, id), cases);
    }

    @ResetHandler
    void reset() {
        cases.clear();
        timeline.clear();
    }

    private static void enter(Document restructuring, RestructuringStage stage, LocalDate on) {
        list(restructuring, RestructuringCaseFields.STAGES).add(new Document(RestructuringCaseFields.STAGE, stage.name())
                .append(RestructuringCaseFields.ENTERED_ON, ReadModelDates.format(on)));
        restructuring.append(RestructuringCaseFields.STAGE, stage.name())
                .append(RestructuringCaseFields.STAGE_ENTERED_ON, ReadModelDates.format(on));
    }

    /** The plan's entry for the contract; one the plan did not list (never expected) is added, not lost. */
    private static Document reschedule(Document restructuring, LeaseContractId contractId) {
        return list(restructuring, RestructuringCaseFields.LEASE_RESCHEDULES).stream()
                .filter(entry -> contractId.value().equals(entry.getString(RestructuringCaseFields.CONTRACT_ID)))
                .findFirst()
                .orElseGet(() -> {
                    Document entry = new Document(RestructuringCaseFields.CONTRACT_ID, contractId.value())
                            .append(RestructuringCaseFields.STATUS, LeaseRescheduleStatus.PLANNED.name())
                            .append(RestructuringCaseFields.REVISED_INSTALMENTS, 0)
                            .append(RestructuringCaseFields.REQUEST_ID, null)
                            .append(RestructuringCaseFields.REFUSAL, null);
                    list(restructuring, RestructuringCaseFields.LEASE_RESCHEDULES).add(entry);
                    return entry;
                });
    }


    private void advance(Document restructuring, long sequence, Instant at) {
        restructuring.append(AggregateSequence.FIELD, sequence).append("updatedAt", Date.from(at));
        cases.save(restructuring);
    }
}
