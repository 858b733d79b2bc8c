package org.smesupport.casework.app.readstore;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.config.Configuration;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.lifecycle.Phase;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After a crash of the embedded default, rebuilds every read model from the events before any processor
 * starts (see {@link EmbeddedReadStoreShutdown} for why they cannot be trusted). The store's file may
 * even disagree with itself: a document present without its {@code _id} index entry, so that deleting
 * it fails ("Found no position … in H2UniqueIndex") and a plain reset would stop the start-up. So first
 * every read-model collection is dropped, and the few collections that are not rebuilt from the events
 * (the tracking tokens, the dead letters and their evictions, idempotency keys) are read in full, dropped
 * and written back, which rebuilds their indexes; then every projection that can replay is reset.
 * Processors that must never replay (they send commands) keep their position.
 */
final class RebuildAfterCrash {

    private static final Logger log = LoggerFactory.getLogger(RebuildAfterCrash.class);
    /** Axon's token store and dead-letter queue collections, the evictions log, idempotency and personal-data keys. */
    static final Set<String> KEPT = Set.of("trackingtokens", "deadletters", "dead_letter_evictions", "idempotency_keys",
            "personal_data_keys");

    private RebuildAfterCrash() {
    }

    static void register(Configuration configuration, EmbeddedReadStoreShutdown shutdown, MongoDatabase readModels) {
        configuration.onStart(Phase.INBOUND_EVENT_CONNECTORS - 1, () -> {
            if (shutdown.lastRunCrashed()) {
                repair(readModels);
                rebuild(configuration.eventProcessingConfiguration());
            }
            shutdown.opened();
        });
    }

    /** Drops what the events rebuild and rewrites what they cannot, so every collection's indexes are whole. */
    static void repair(MongoDatabase readModels) {
        for (String name : readModels.listCollectionNames().into(new ArrayList<>())) {
            MongoCollection<Document> collection = readModels.getCollection(name);
            if (KEPT.contains(name)) {
                Map<Object, Document> byId = new LinkedHashMap<>();
                collection.find().forEach(document -> byId.put(document.get("_id"), document));
                collection.drop();
                List<Document> documents = new ArrayList<>(byId.values());
                if (!documents.isEmpty()) {
                    readModels.getCollection(name).insertMany(documents);
                }
                log.warn("The read-model store was not closed properly: rewrote {} ({} documents)", name, documents.size());
            } else {
                collection.drop();
            }
        }
    }

    private static void rebuild(EventProcessingConfiguration processing) {
        processing.eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor streaming && streaming.supportsReset()) {
                log.warn("The read-model store was not closed properly (the process was killed or crashed): "
                        + "rebuilding projection {} from the events", name);
                streaming.resetTokens();
            }
        });
    }
}
