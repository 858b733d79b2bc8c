package org.smesupport.casework.projection.reference;

import com.mongodb.client.MongoDatabase;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.bson.Document;
import org.smesupport.casework.api.reference.ReferenceAssignedEvent;
import org.smesupport.casework.projection.ReadModelSettings;
import org.smesupport.casework.projection.ReadModelStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The {@code references} read model: one document per reference, addressed by the reference itself
 * ({@code 相談-2020-000123}), naming the kind and id of the record it belongs to, so a lookup is one read by
 * {@code _id}. A reference is never reused, so the document is written once and a redelivery writes the same.
 */
@Component
@ProcessingGroup(ReferenceProjection.PROCESSING_GROUP)
public class ReferenceProjection {

    static final String PROCESSING_GROUP = "references";
    public static final String COLLECTION = "references";
    public static final String KIND = "kind";
    public static final String RECORD_ID = "recordId";

    private final ReadModelStore references;

    public ReferenceProjection(MongoDatabase readModels, @Value(ReadModelSettings.CACHE_SIZE) int cacheSize) {
        this.references = new ReadModelStore(readModels.getCollection(COLLECTION), cacheSize);
    }

    @EventHandler
    void on(ReferenceAssignedEvent event) {
        references.save(new Document("_id", event.reference())
                .append(KIND, event.kind().name())
                .append(RECORD_ID, event.recordId()));
    }

    @ResetHandler
    void reset() {
        references.clear();
    }
}
