package org.smesupport.casework.projection.succession;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import java.time.Instant;
import java.util.Date;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.bson.Document;
import org.smesupport.casework.api.common.FiscalYear;
import org.smesupport.casework.api.succession.SuccessionDealConcludedEvent;
import org.smesupport.casework.api.succession.SuccessionDealCorrectedEvent;
import org.smesupport.casework.projection.AggregateSequence;
import org.smesupport.casework.projection.ReadModelDates;
import org.smesupport.casework.projection.ReadModelSettings;
import org.smesupport.casework.projection.ReadModelStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The {@code succession_deals} read model: one document per M&A deal (成約) with its parties, the fiscal year it
 * counts in and its {@code halfCounts} as the event states them (the 0.5 rule is the aggregate's).
 */
@Component
@ProcessingGroup(SuccessionCaseProjection.PROCESSING_GROUP)
public class SuccessionDealProjection {

    public static final String COLLECTION = "succession_deals";

    private final ReadModelStore deals;

    public SuccessionDealProjection(MongoDatabase readModels, @Value(ReadModelSettings.CACHE_SIZE) int cacheSize) {
        MongoCollection<Document> collection = readModels.getCollection(COLLECTION);
        // The year's list, latest first, on a real MongoDB; the embedded server scans.
        collection.createIndex(Indexes.compoundIndex(
                Indexes.ascending(SuccessionFields.FISCAL_YEAR), Indexes.descending(SuccessionFields.CONCLUDED_ON)));
        this.deals = new ReadModelStore(collection, cacheSize);
    }

    @EventHandler
    void on(SuccessionDealConcludedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (AggregateSequence.alreadyApplied(deals.find(event.dealId().value()), sequence)) {
            return;
        }
        deals.save(new Document("_id", event.dealId().value())
                .append(SuccessionFields.SELLER, SuccessionFields.party(event.seller()))
                .append(SuccessionFields.BUYER, SuccessionFields.party(event.buyer()))
                .append(SuccessionFields.CONCLUDED_ON, ReadModelDates.format(event.concludedOn()))
                .append(SuccessionFields.FISCAL_YEAR, FiscalYear.containing(event.concludedOn()).startYear())
                .append(SuccessionFields.HALF_COUNTS, event.halfCounts())
                .append(AggregateSequence.FIELD, sequence)
                .append("updatedAt", Date.from(at)));
    }

    @EventHandler
    void on(SuccessionDealCorrectedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        Document deal = deals.find(event.dealId().value());
        // a correction always follows its deal in the stream; without one there is nothing to correct
        if (deal == null || AggregateSequence.alreadyApplied(deal, sequence)) {
            return;
        }
        deals.save(deal.append(SuccessionFields.SELLER, SuccessionFields.party(event.seller()))
                .append(SuccessionFields.BUYER, SuccessionFields.party(event.buyer()))
                .append(SuccessionFields.CONCLUDED_ON, ReadModelDates.format(event.concludedOn()))
                .append(SuccessionFields.FISCAL_YEAR, FiscalYear.containing(event.concludedOn()).startYear())
                .append(SuccessionFields.HALF_COUNTS, event.halfCounts())
                .append("correctionReason", event.reason())
                .append(AggregateSequence.FIELD, sequence)
                .append("updatedAt", Date.from(at)));
    }

    @ResetHandler
    void reset() {
        deals.clear();
    }
}
