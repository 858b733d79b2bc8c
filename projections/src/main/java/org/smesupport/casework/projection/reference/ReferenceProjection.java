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
 * {@code _id}, and the register stream and number it was assigned under (documents written before 2026-11-29 lack
 * these until {@code references} is replayed). A reference is never reused, so the document is written once and a redelivery writes the same.
 */
@Component
@ProcessingGroup(ReferenceProjection.PROCESSING_GROUP)
public class ReferenceProjection {

    static final String PROCESSING_GROUP = "references";
    public static final String COLLECTION = "references";
    public static final String KIND = "kind";
    public static final String RECORD_ID = "recordId";
    /** The register's stream and the reference's number in it, to read the assignment back from the events. */
    public static final String REGISTER_ID = "registerId";
    public static final String NUMBER = "number";

    private final ReadModelStore references;

    public ReferenceProjection(MongoDatabase readModels, @Value(ReadModelSettings.CACHE_SIZE) int cacheSize) {
        this.references = new ReadModelStore(readModels.getCollection(COLLECTION), cacheSize);
    }

    @EventHandler
    void on(ReferenceAssignedEvent event) {
        references.save(new Document("_id", event.reference())
                .append(KIND, event.kind().name())
                .append(RECORD_ID, event.recordId())
                .append(REGISTER_ID, event.registerId())
                .append(NUMBER, event.number()));
    }

    @ResetHandler
    void reset() {
        references.clear();
    }
}
