package org.smesupport.casework.projection.matching;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.MetaData;
import org.bson.Document;
import org.smesupport.casework.api.matching.OrderRequestFilledEvent;
import org.smesupport.casework.api.matching.OrderRequestId;
import org.smesupport.casework.api.matching.OrderRequestReceivedEvent;
import org.smesupport.casework.api.matching.OrderRequestStatus;
import org.smesupport.casework.api.matching.OrderRequestWithdrawnEvent;
import org.smesupport.casework.api.matching.ReferralOutcomeCorrectedEvent;
import org.smesupport.casework.api.matching.ReferralOutcomeCorrectionRejectedEvent;
import org.smesupport.casework.api.matching.ReferralOutcomeCorrectionRequestedEvent;
import org.smesupport.casework.api.matching.ReferralOutcomeRecordedEvent;
import org.smesupport.casework.api.matching.SupplierIntroducedEvent;
import org.smesupport.casework.api.reference.ReferenceAssignedEvent;
import org.smesupport.casework.api.reference.ReferenceKind;
import org.smesupport.casework.projection.AggregateSequence;
import org.smesupport.casework.projection.AuditMetaData;
import org.smesupport.casework.projection.ReadModelDates;
import org.smesupport.casework.projection.ReadModelSettings;
import org.smesupport.casework.projection.ReadModelStore;
import org.smesupport.casework.projection.RecordReference;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The {@code matching_order_requests} read model: one document per order request (発注申込) with what it asks
 * for, its state, and every referral (紹介) made for it with the outcome as it stands and each correction
 * with what it replaced, why and who made it (from the event's audit metadata). The request keeps the
 * sequence of its last event applied ({@code version}); every handler skips what is at or below it.
 */
@Component
@ProcessingGroup(MatchingProcessingGroups.READ_MODELS)
public class OrderRequestProjection {

    public static final String COLLECTION = "matching_order_requests";

    private final ReadModelStore requests;

    public OrderRequestProjection(MongoDatabase readModels, @Value(ReadModelSettings.CACHE_SIZE) int cacheSize) {
        MongoCollection<Document> collection = readModels.getCollection(COLLECTION);
        declareIndexes(collection);
        this.requests = new ReadModelStore(collection, cacheSize);
    }

    /** What the list and the two queues need on a real MongoDB; the embedded server scans. */
    private static void declareIndexes(MongoCollection<Document> collection) {
        collection.createIndex(Indexes.compoundIndex(
                Indexes.ascending(OrderRequestFields.STATUS), Indexes.descending(OrderRequestFields.RECEIVED_ON)));
        collection.createIndex(Indexes.descending(OrderRequestFields.RECEIVED_ON));
        collection.createIndex(Indexes.ascending(OrderRequestFields.AWAITING_OUTCOME));
        collection.createIndex(Indexes.ascending(OrderRequestFields.CORRECTIONS_AWAITING_APPROVAL));
    }

    @EventHandler
    void on(OrderRequestReceivedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (AggregateSequence.alreadyApplied(requests.find(event.orderRequestId().value()), sequence)) {
            return;
        }
        Document request = new Document("_id", event.orderRequestId().value())
                .append(OrderRequestFields.DETAILS, OrderRequestFields.details(event.details()))
                .append(OrderRequestFields.RECEIVED_ON, ReadModelDates.format(event.receivedOn()))
                .append(OrderRequestFields.STATUS, OrderRequestStatus.OPEN.name())
                .append(OrderRequestFields.FILLED_ON, null)
                .append(OrderRequestFields.WITHDRAWN_ON, null)
                .append(OrderRequestFields.WITHDRAWAL_REASON, null)
                .append(OrderRequestFields.REFERRALS, new ArrayList<Document>());
        advance(request, sequence, at);
    }

    @EventHandler
    void on(SupplierIntroducedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        Document request = unapplied(event.orderRequestId(), sequence);
        if (request == null) {
            return;
        }
        OrderRequestFields.referrals(request).add(new Document(OrderRequestFields.REFERRAL_ID, event.referralId())
                .append(OrderRequestFields.SUPPLIER_ID, event.supplierId().value())
                .append(OrderRequestFields.SUPPLIER_NAME, event.supplierName())
                .append(OrderRequestFields.INTRODUCED_ON, ReadModelDates.format(event.introducedOn()))
                .append(OrderRequestFields.OUTCOME, null)
                .append(OrderRequestFields.INITIAL_ORDER_AMOUNT, null)
                .append(OrderRequestFields.OUTCOME_REASON, null)
                .append(OrderRequestFields.DECIDED_ON, null)
                .append(OrderRequestFields.RECORDED_BY, null)
                .append(OrderRequestFields.CORRECTIONS, new ArrayList<Document>())
                .append(OrderRequestFields.PENDING_CORRECTION, null));
        advance(request, sequence, at);
    }

    @EventHandler
    void on(ReferralOutcomeRecordedEvent event, @SequenceNumber long sequence, @Timestamp Instant at,
            MetaData metaData) {
        Document request = unapplied(event.orderRequestId(), sequence);
        if (request == null) {
            return;
        }
        referral(request, event.referralId())
                .append(OrderRequestFields.OUTCOME, event.outcome().name())
                .append(OrderRequestFields.INITIAL_ORDER_AMOUNT, ReadModelValues.yen(event.initialOrderAmount()))
                .append(OrderRequestFields.OUTCOME_REASON, event.reason())
                .append(OrderRequestFields.DECIDED_ON, ReadModelDates.format(event.decidedOn()))
                .append(OrderRequestFields.RECORDED_BY, AuditMetaData.from(metaData).user());
        advance(request, sequence, at);
    }

    @EventHandler
    void on(ReferralOutcomeCorrectionRequestedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        Document request = unapplied(event.orderRequestId(), sequence);
        if (request == null) {
            return;
        }
        referral(request, event.referralId()).append(OrderRequestFields.PENDING_CORRECTION, new Document()
                .append("outcome", event.outcome().name())
                .append("initialOrderAmount", ReadModelValues.yen(event.initialOrderAmount()))
                .append("reason", event.reason())
                .append("requestedOn", ReadModelDates.format(event.requestedOn()))
                .append("requestedBy", event.requestedBy()));
        advance(request, sequence, at);
    }

    @EventHandler
    void on(ReferralOutcomeCorrectionRejectedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        Document request = unapplied(event.orderRequestId(), sequence);
        if (request == null) {
            return;
        }
        referral(request, event.referralId()).append(OrderRequestFields.PENDING_CORRECTION, null);
        advance(request, sequence, at);
    }

    @EventHandler
    void on(ReferralOutcomeCorrectedEvent event, @SequenceNumber long sequence, @Timestamp Instant at,
            MetaData metaData) {
        Document request = unapplied(event.orderRequestId(), sequence);
        if (request == null) {
            return;
        }
        AuditMetaData audit = AuditMetaData.from(metaData);
        Document referral = referral(request, event.referralId());
        referral.getList(OrderRequestFields.CORRECTIONS, Document.class).add(new Document()
                .append("previousOutcome", ReadModelValues.name(event.previousOutcome()))
                .append("previousInitialOrderAmount", ReadModelValues.yen(event.previousInitialOrderAmount()))
                .append("outcome", event.outcome().name())
                .append("initialOrderAmount", ReadModelValues.yen(event.initialOrderAmount()))
                .append("reason", event.reason())
                .append("correctedOn", ReadModelDates.format(event.correctedOn()))
                .append("user", audit.user())
                .append("role", audit.role())
                .append("requestedBy", event.requestedBy())
                .append("at", Date.from(at)));
        // The outcome now reads as corrected; its decision date stays the original one, as in the statistics.
        referral.append(OrderRequestFields.OUTCOME, event.outcome().name())
                .append(OrderRequestFields.INITIAL_ORDER_AMOUNT, ReadModelValues.yen(event.initialOrderAmount()))
                .append(OrderRequestFields.DECIDED_ON, ReadModelDates.format(event.decidedOn()))
                .append(OrderRequestFields.PENDING_CORRECTION, null);
        advance(request, sequence, at);
    }

    @EventHandler
    void on(OrderRequestFilledEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        Document request = unapplied(event.orderRequestId(), sequence);
        if (request == null) {
            return;
        }
        request.append(OrderRequestFields.STATUS, OrderRequestStatus.FILLED.name())
                .append(OrderRequestFields.FILLED_ON, ReadModelDates.format(event.filledOn()));
        advance(request, sequence, at);
    }

    @EventHandler
    void on(OrderRequestWithdrawnEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        Document request = unapplied(event.orderRequestId(), sequence);
        if (request == null) {
            return;
        }
        request.append(OrderRequestFields.STATUS, OrderRequestStatus.WITHDRAWN.name())
                .append(OrderRequestFields.WITHDRAWN_ON, ReadModelDates.format(event.withdrawnOn()))
                .append(OrderRequestFields.WITHDRAWAL_REASON, event.reason());
        advance(request, sequence, at);
    }

    @EventHandler
    void on(ReferenceAssignedEvent event) {
        RecordReference.record(event, ReferenceKind.ORDER_REQUEST, requests::find, requests);
    }

    @ResetHandler
    void reset() {
        requests.clear();
    }

    /** The request if this event is news to it; {@code null} for a redelivery. */
    private Document unapplied(OrderRequestId orderRequestId, long sequence) {
        Document request = requests.find(orderRequestId.value());
        // Every later event follows the request's receipt in the same stream, so a missing one is never expected.
        return request == null || AggregateSequence.alreadyApplied(request, sequence) ? null : request;
    }

    /** The aggregate accepts outcomes only for referrals it made, so a missing one is a broken stream. */
    private static Document referral(Document request, String referralId) {
        Document referral = OrderRequestFields.referral(request, referralId);
        if (referral == null) {
            throw new IllegalStateException("order request " + request.getString("_id") + " has no referral "
                    + referralId + "; rebuild the read model (reset and replay " + MatchingProcessingGroups.READ_MODELS + ")");
        }
        return referral;
    }

    private void advance(Document request, long sequence, Instant at) {
        OrderRequestFields.recount(request);
        request.append(AggregateSequence.FIELD, sequence).append("updatedAt", Date.from(at));
        requests.save(request);
    }
}
