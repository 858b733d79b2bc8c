package org.smesupport.casework.app.audit.search;

import com.mongodb.client.MongoDatabase;
import java.util.Date;
import java.util.Objects;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.MetaData;
import org.bson.Document;
import org.smesupport.casework.app.audit.AuditMetadata;
import org.smesupport.casework.projection.GlobalPosition;
import org.smesupport.casework.projection.ReadModelSettings;
import org.smesupport.casework.projection.ReadModelStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Indexes every stored event by its audit metadata ({@link AuditIndexFields}) for the auditors' search across
 * streams. A read model like any other: rebuilt from the events, each event written once under its id, so a
 * redelivered one changes nothing.
 */
@Component
@ProcessingGroup(AuditIndexProjection.PROCESSING_GROUP)
class AuditIndexProjection {

    static final String PROCESSING_GROUP = "audit-index";

    private final ReadModelStore index;

    AuditIndexProjection(MongoDatabase readModels, @Value(ReadModelSettings.CACHE_SIZE) int cacheSize) {
        // each event's document is written once and read by searches only: nothing to cache
        this.index = new ReadModelStore(readModels.getCollection(AuditIndexFields.COLLECTION), 0);
    }

    @EventHandler
    void on(Object payload, EventMessage<?> event, TrackingToken token) {
        MetaData metadata = event.getMetaData();
        Document entry = new Document("_id", event.getIdentifier())
                .append(AuditIndexFields.POSITION, GlobalPosition.of(token).index())
                .append(AuditIndexFields.TYPE, event.getPayloadType().getSimpleName())
                .append(AuditIndexFields.RECORDED_AT, Date.from(event.getTimestamp()))
                .append(AuditIndexFields.BUSINESS_DATE, text(metadata, AuditMetadata.BUSINESS_DATE))
                .append(AuditIndexFields.USER, text(metadata, AuditMetadata.USER))
                .append(AuditIndexFields.ROLE, text(metadata, AuditMetadata.ROLE))
                .append(AuditIndexFields.REASON, text(metadata, AuditMetadata.REASON))
                .append(AuditIndexFields.CORRELATION_ID, text(metadata, AuditMetadata.CORRELATION_ID))
                .append(AuditIndexFields.CAUSATION_ID, text(metadata, AuditMetadata.CAUSATION_ID));
        if (event instanceof DomainEventMessage<?> domain) {
            entry.append(AuditIndexFields.AGGREGATE_TYPE, domain.getType())
                    .append(AuditIndexFields.AGGREGATE_ID, domain.getAggregateIdentifier())
                    .append(AuditIndexFields.SEQUENCE, domain.getSequenceNumber());
        }
        index.save(entry);
    }

    @ResetHandler
    void reset() {
        index.clear();
    }

    private static String text(MetaData metadata, String key) {
        return Objects.toString(metadata.get(key), null);
    }
}
