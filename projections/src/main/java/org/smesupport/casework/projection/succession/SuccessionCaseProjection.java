package org.smesupport.casework.projection.succession;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.bson.Document;
import org.smesupport.casework.api.reference.ReferenceAssignedEvent;
import org.smesupport.casework.api.reference.ReferenceKind;
import org.smesupport.casework.api.succession.DealParty;
import org.smesupport.casework.api.succession.SuccessionCaseId;
import org.smesupport.casework.api.succession.SuccessionCaseOpenedEvent;
import org.smesupport.casework.api.succession.SuccessionDealConcludedEvent;
import org.smesupport.casework.api.succession.SuccessionDealCorrectedEvent;
import org.smesupport.casework.api.succession.SuccessionDiagnosedEvent;
import org.smesupport.casework.api.succession.SuccessionPlanRecordedEvent;
import org.smesupport.casework.api.succession.SuccessionSide;
import org.smesupport.casework.projection.AggregateSequence;
import org.smesupport.casework.projection.ReadModelDates;
import org.smesupport.casework.projection.ReadModelSettings;
import org.smesupport.casework.projection.ReadModelStore;
import org.smesupport.casework.projection.RecordReference;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The {@code succession_cases} read model ({@link SuccessionFields}). A case's own events are skipped at or
 * below its {@code version}, the sequence of the last one applied. Deals are another aggregate's events, so they
 * leave the version alone and are made idempotent by their id instead: a deal already on the case is not added
 * again. Cases and deals share this processing group, which reads the global stream in order with one segment,
 * so a case is always written by one writer.
 */
@Component
@ProcessingGroup(SuccessionCaseProjection.PROCESSING_GROUP)
public class SuccessionCaseProjection {

    static final String PROCESSING_GROUP = "succession";
    public static final String COLLECTION = "succession_cases";

    private final ReadModelStore cases;

    public SuccessionCaseProjection(MongoDatabase readModels, @Value(ReadModelSettings.CACHE_SIZE) int cacheSize) {
        MongoCollection<Document> collection = readModels.getCollection(COLLECTION);
        // The list by side, newest first, on a real MongoDB; the embedded server scans.
        collection.createIndex(Indexes.compoundIndex(
                Indexes.ascending(SuccessionFields.SIDE), Indexes.descending(SuccessionFields.OPENED_ON)));
        collection.createIndex(Indexes.descending(SuccessionFields.OPENED_ON));
        this.cases = new ReadModelStore(collection, cacheSize);
    }

    @EventHandler
    void on(SuccessionCaseOpenedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (AggregateSequence.alreadyApplied(cases.find(event.caseId().value()), sequence)) {
            return;
        }
        Document succession = new Document("_id", event.caseId().value())
                .append(SuccessionFields.COMPANY_ID, event.companyId().value())
                .append(SuccessionFields.SIDE, event.side().name())
                .append(SuccessionFields.OPENED_ON, ReadModelDates.format(event.openedOn()))
                .append(SuccessionFields.IN_PREFECTURE, event.inPrefecture())
                .append(SuccessionFields.DIAGNOSES, new ArrayList<String>())
                .append(SuccessionFields.PLANS, new ArrayList<String>())
                .append(SuccessionFields.DEALS, new ArrayList<Document>());
        advance(succession, sequence, at);
    }

    @EventHandler
    void on(SuccessionDiagnosedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        Document succession = unapplied(event.caseId(), sequence);
        if (succession != null) {
            succession.getList(SuccessionFields.DIAGNOSES, String.class).add(ReadModelDates.format(event.diagnosedOn()));
            advance(succession, sequence, at);
        }
    }

    @EventHandler
    void on(SuccessionPlanRecordedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        Document succession = unapplied(event.caseId(), sequence);
        if (succession != null) {
            succession.getList(SuccessionFields.PLANS, String.class).add(ReadModelDates.format(event.plannedOn()));
            advance(succession, sequence, at);
        }
    }

    @EventHandler
    void on(SuccessionDealConcludedEvent event) {
        takePart(event, event.seller(), SuccessionSide.SELLER, event.buyer());
        takePart(event, event.buyer(), SuccessionSide.BUYER, event.seller());
    }

    /** The deal's entry on each of its cases follows the correction (its counterpart and date). */
    @EventHandler
    void on(SuccessionDealCorrectedEvent event) {
        correct(event, event.seller(), event.buyer());
        correct(event, event.buyer(), event.seller());
    }

    @EventHandler
    void on(ReferenceAssignedEvent event) {
        RecordReference.record(event, ReferenceKind.SUCCESSION, cases::find, cases);
    }

    @ResetHandler
    void reset() {
        cases.clear();
    }

    private void correct(SuccessionDealCorrectedEvent event, DealParty party, DealParty counterpart) {
        Document succession = party.caseId() == null ? null : cases.find(party.caseId().value());
        if (succession == null) {
            return;
        }
        succession.getList(SuccessionFields.DEALS, Document.class).stream()
                .filter(deal -> event.dealId().value().equals(deal.getString(SuccessionFields.DEAL_ID)))
                .forEach(deal -> deal.append(SuccessionFields.COUNTERPART, counterpart.name())
                        .append(SuccessionFields.CONCLUDED_ON, ReadModelDates.format(event.concludedOn())));
        cases.save(succession);
    }

    /** Adds the deal to the party's case, if the party is a case here and the deal is new to it. */
    private void takePart(SuccessionDealConcludedEvent event, DealParty party, SuccessionSide role, DealParty counterpart) {
        if (party.caseId() == null) {
            return;
        }
        Document succession = cases.find(party.caseId().value());
        // A deal names cases opened earlier in the stream; a case missing here would be a rebuild in progress.
        if (succession == null) {
            return;
        }
        List<Document> deals = succession.getList(SuccessionFields.DEALS, Document.class);
        if (deals.stream().anyMatch(deal -> event.dealId().value().equals(deal.getString(SuccessionFields.DEAL_ID)))) {
            return;
        }
        deals.add(new Document(SuccessionFields.DEAL_ID, event.dealId().value())
                .append(SuccessionFields.ROLE, role.name())
                .append(SuccessionFields.COUNTERPART, counterpart.name())
                .append(SuccessionFields.CONCLUDED_ON, ReadModelDates.format(event.concludedOn())));
        cases.save(succession);
    }

    /** The case if this event is news to it; {@code null} for a redelivery. */
    private Document unapplied(SuccessionCaseId caseId, long sequence) {
        Document succession = cases.find(caseId.value());
        return succession == null || AggregateSequence.alreadyApplied(succession, sequence) ? null : succession;
    }

    private void advance(Document succession, long sequence, Instant at) {
        succession.append(AggregateSequence.FIELD, sequence).append("updatedAt", Date.from(at));
        cases.save(succession);
    }
}
