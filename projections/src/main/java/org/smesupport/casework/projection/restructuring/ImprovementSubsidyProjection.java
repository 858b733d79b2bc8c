package org.smesupport.casework.projection.restructuring;

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
import org.bson.Document;
import org.smesupport.casework.api.common.Yen;
import org.smesupport.casework.api.reference.ReferenceAssignedEvent;
import org.smesupport.casework.api.reference.ReferenceKind;
import org.smesupport.casework.api.restructuring.ImprovementSubsidyStepRecordedEvent;
import org.smesupport.casework.projection.AggregateSequence;
import org.smesupport.casework.projection.ReadModelDates;
import org.smesupport.casework.projection.ReadModelSettings;
import org.smesupport.casework.projection.ReadModelStore;
import org.smesupport.casework.projection.RecordReference;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The {@code restructuring_subsidies} read model: one document per improvement-plan subsidy file
 * ({@link ImprovementSubsidyFields}). The figures are stored as the events carry them, the aggregate having
 * applied the 2/3 rule and the cap, so the file shows exactly what was decided. A file has a handful of steps
 * (monitoring reports come once a year), so they live on its document. It keeps the sequence of its last event
 * applied ({@code version}).
 */
@Component
@ProcessingGroup(RestructuringProcessingGroups.READ_MODELS)
public class ImprovementSubsidyProjection {

    public static final String COLLECTION = "restructuring_subsidies";

    private final ReadModelStore subsidies;

    public ImprovementSubsidyProjection(MongoDatabase readModels, @Value(ReadModelSettings.CACHE_SIZE) int cacheSize) {
        MongoCollection<Document> collection = readModels.getCollection(COLLECTION);
        // The list by kind, latest step first, on a real MongoDB; the embedded server scans.
        collection.createIndex(Indexes.compoundIndex(
                Indexes.ascending(ImprovementSubsidyFields.KIND), Indexes.descending(ImprovementSubsidyFields.LAST_STEP_ON)));
        collection.createIndex(Indexes.descending(ImprovementSubsidyFields.LAST_STEP_ON));
        collection.createIndex(Indexes.compoundIndex(Indexes.ascending(ImprovementSubsidyFields.COMPANY_ID),
                Indexes.descending(ImprovementSubsidyFields.LAST_STEP_ON)));
        this.subsidies = new ReadModelStore(collection, cacheSize);
    }

    @EventHandler
    void on(ImprovementSubsidyStepRecordedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        Document subsidy = subsidies.find(event.subsidyId().value());
        if (AggregateSequence.alreadyApplied(subsidy, sequence)) {
            return;
        }
        if (subsidy == null) {
            subsidy = new Document("_id", event.subsidyId().value())
                    .append(ImprovementSubsidyFields.COMPANY_ID, event.companyId().value())
                    .append(ImprovementSubsidyFields.KIND, event.kind().name())
                    .append(ImprovementSubsidyFields.REFUSED, false)
                    .append(ImprovementSubsidyFields.STEPS, new ArrayList<Document>())
                    .append(ImprovementSubsidyFields.COST, null)
                    .append(ImprovementSubsidyFields.TWO_THIRDS, null)
                    .append(ImprovementSubsidyFields.CAP, null)
                    .append(ImprovementSubsidyFields.SUBSIDY, null);
        }
        subsidy.getList(ImprovementSubsidyFields.STEPS, Document.class).add(
                new Document(ImprovementSubsidyFields.STEP, event.step().name())
                        .append(ImprovementSubsidyFields.ON, ReadModelDates.format(event.on()))
                        .append(ImprovementSubsidyFields.APPROVED, event.approved()));
        subsidy.append(ImprovementSubsidyFields.LAST_STEP, event.step().name())
                .append(ImprovementSubsidyFields.LAST_STEP_ON, ReadModelDates.format(event.on()));
        if (Boolean.FALSE.equals(event.approved())) {
            subsidy.put(ImprovementSubsidyFields.REFUSED, true);
        }
        if (event.cost() != null) {
            subsidy.append(ImprovementSubsidyFields.COST, yen(event.cost()))
                    .append(ImprovementSubsidyFields.TWO_THIRDS, yen(event.twoThirds()))
                    .append(ImprovementSubsidyFields.CAP, yen(event.cap()))
                    .append(ImprovementSubsidyFields.SUBSIDY, yen(event.subsidy()));
        }
        subsidy.append(AggregateSequence.FIELD, sequence).append("updatedAt", Date.from(at));
        subsidies.save(subsidy);
    }

    @EventHandler
    void on(ReferenceAssignedEvent event) {
        RecordReference.record(event, ReferenceKind.IMPROVEMENT_SUBSIDY, subsidies::find, subsidies);
    }

    @ResetHandler
    void reset() {
        subsidies.clear();
    }

    private static Long yen(Yen amount) {
        return amount == null ? null : amount.value();
    }
}
