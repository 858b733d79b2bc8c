package org.smesupport.casework.projection.matching;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.bson.Document;
import org.smesupport.casework.api.matching.SupplierId;
import org.smesupport.casework.api.matching.SupplierProfileUpdatedEvent;
import org.smesupport.casework.api.matching.SupplierRegisteredEvent;
import org.smesupport.casework.api.matching.SupplierStatus;
import org.smesupport.casework.api.matching.SupplierWithdrawnEvent;
import org.smesupport.casework.projection.AggregateSequence;
import org.smesupport.casework.projection.ReadModelDates;
import org.smesupport.casework.projection.ReadModelSettings;
import org.smesupport.casework.projection.ReadModelStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The {@code matching_suppliers} read model, one document per supplier (受注企業) with its company, profile,
 * status and dates, and the {@link SupplierIndex} derived from it in the same batch. The supplier keeps the
 * sequence of its last event applied ({@code version}); every handler skips what is at or below it.
 */
@Component
@ProcessingGroup(MatchingProcessingGroups.READ_MODELS)
public class SupplierProjection {

    public static final String COLLECTION = "matching_suppliers";

    private final ReadModelStore suppliers;
    private final SupplierIndex index;

    public SupplierProjection(MongoDatabase readModels, @Value(ReadModelSettings.CACHE_SIZE) int cacheSize) {
        MongoCollection<Document> collection = readModels.getCollection(COLLECTION);
        declareListIndexes(collection);
        this.index = new SupplierIndex(readModels, cacheSize);
        this.suppliers = new ReadModelStore(collection, cacheSize);
    }

    /**
     * What the list filters need on a real MongoDB, newest registration first within each. The embedded
     * server ignores them and scans; candidate ranking never lists, it reads the {@link SupplierIndex}.
     */
    private static void declareListIndexes(MongoCollection<Document> collection) {
        String processes = SupplierFields.PROFILE + "." + SupplierFields.PROCESSES;
        String region = SupplierFields.PROFILE + "." + SupplierFields.REGION;
        collection.createIndex(Indexes.compoundIndex(
                Indexes.ascending(SupplierFields.STATUS, processes), Indexes.descending(SupplierFields.REGISTERED_ON)));
        collection.createIndex(Indexes.compoundIndex(
                Indexes.ascending(SupplierFields.STATUS, region), Indexes.descending(SupplierFields.REGISTERED_ON)));
        collection.createIndex(Indexes.descending(SupplierFields.REGISTERED_ON));
    }

    @EventHandler
    void on(SupplierRegisteredEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        Document existing = find(event.supplierId());
        if (AggregateSequence.alreadyApplied(existing, sequence)) {
            return;
        }
        Document supplier = new Document("_id", event.supplierId().value())
                .append(SupplierFields.COMPANY_ID, event.companyId().value())
                .append(SupplierFields.COMPANY_NAME, event.companyName())
                .append(SupplierFields.PROFILE, SupplierFields.profile(event.profile()))
                .append(SupplierFields.STATUS, SupplierStatus.REGISTERED.name())
                .append(SupplierFields.REGISTERED_ON, ReadModelDates.format(event.registeredOn()))
                .append(SupplierFields.PROFILE_SURVEYED_ON, null)
                .append(SupplierFields.WITHDRAWN_ON, null)
                .append(SupplierFields.WITHDRAWAL_REASON, null);
        advance(SupplierIndex.indexedUnder(existing), supplier, sequence, at);
    }

    @EventHandler
    void on(SupplierProfileUpdatedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        Document supplier = unapplied(event.supplierId(), sequence);
        if (supplier == null) {
            return;
        }
        List<String> before = SupplierIndex.indexedUnder(supplier);
        supplier.append(SupplierFields.PROFILE, SupplierFields.profile(event.profile()))
                .append(SupplierFields.PROFILE_SURVEYED_ON, ReadModelDates.format(event.surveyedOn()));
        advance(before, supplier, sequence, at);
    }

    @EventHandler
    void on(SupplierWithdrawnEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        Document supplier = unapplied(event.supplierId(), sequence);
        if (supplier == null) {
            return;
        }
        List<String> before = SupplierIndex.indexedUnder(supplier);
        supplier.append(SupplierFields.STATUS, SupplierStatus.WITHDRAWN.name())
                .append(SupplierFields.WITHDRAWN_ON, ReadModelDates.format(event.withdrawnOn()))
                .append(SupplierFields.WITHDRAWAL_REASON, event.reason());
        advance(before, supplier, sequence, at);
    }

    @ResetHandler
    void reset() {
        suppliers.clear();
        index.clear();
    }

    /** The supplier as this batch sees it; every read of a supplier goes through here. */
    private Document find(SupplierId supplierId) {
        // Before the supplier store joins the batch, so that the index is written first.
        index.enlistFirst();
        return suppliers.find(supplierId.value());
    }

    /** The supplier if this event is news to it; {@code null} for a redelivery. */
    private Document unapplied(SupplierId supplierId, long sequence) {
        Document supplier = find(supplierId);
        // Every later event follows the registration in the same stream, so a missing supplier is never expected.
        return supplier == null || AggregateSequence.alreadyApplied(supplier, sequence) ? null : supplier;
    }

    private void advance(List<String> indexedBefore, Document supplier, long sequence, Instant at) {
        supplier.append(AggregateSequence.FIELD, sequence).append("updatedAt", Date.from(at));
        index.update(indexedBefore, supplier);
        suppliers.save(supplier);
    }
}
