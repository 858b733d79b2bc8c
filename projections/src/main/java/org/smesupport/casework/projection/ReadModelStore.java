package org.smesupport.casework.projection;

import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.bson.BsonDocument;
import org.bson.BsonDocumentReader;
import org.bson.Document;
import org.bson.codecs.DecoderContext;
import org.bson.codecs.DocumentCodec;

/**
 * The one way a projection reads and writes its collection: by {@code _id}, through a buffer scoped to
 * Axon's unit of work.
 * <p>
 * A tracking processor handles a whole batch of events in one {@code BatchingUnitOfWork}. Within it,
 * each document is read at most once, every event is applied to the same in-memory copy, and all
 * touched documents are written with one {@code bulkWrite} of replace-by-{@code _id} upserts after the
 * batch's last event ({@link ReadModelBatchFlusher}), or at the latest when the unit of work prepares
 * to commit. Writing before the prepare-commit phase matters: the tracking processor stores its token
 * in that phase, and the token store is not transactional with the read model, so a write that fails
 * must fail before the token moves past the batch. The embedded Mongo server serves only plain {@code _id} equality
 * from an index, so this turns a batch of N events into at most one read per new document plus one
 * round trip for all writes.
 * <p>
 * Replays go further through a bounded cache of the documents this store has written. That is safe
 * because the processing group runs one segment, so this store is the only writer of its collection:
 * what it wrote is what the collection holds. After {@link #clear()} (the reset handler, which Axon
 * runs only while the processor is stopped) the collection is empty and the cache is "complete": a
 * miss means the document does not exist, so a replay reads nothing at all until the cache has to
 * evict. A failed batch may leave half-applied copies in the cache, so rollback empties it. Where another
 * instance may take over the segment the capacity is 0 ({@link ReadModelSettings#CACHE_SIZE}).
 * <p>
 * A handler that throws part-way through an event is handled with {@link EventIsolation}: the event
 * is dead-lettered only when the batch holds none of its partial change.
 */
public final class ReadModelStore {

    private static final String PENDING_KEY = ReadModelStore.class.getName() + "[pending]";
    private static final DocumentCodec DOCUMENT_CODEC = new DocumentCodec();

    private final MongoCollection<Document> collection;
    private final String resourceKey;
    private final DocumentCache cache;

    public ReadModelStore(MongoCollection<Document> collection, int cacheCapacity) {
        this.collection = collection;
        this.resourceKey = ReadModelStore.class.getName() + "[" + collection.getNamespace() + "]";
        // An empty collection at start-up is known to be complete, so a first replay reads nothing.
        this.cache = new DocumentCache(cacheCapacity, cacheCapacity > 0 && collection.estimatedDocumentCount() == 0);
    }

    /** The document as this batch sees it, or {@code null} if it does not exist yet. */
    public Document find(String id) {
        Batch batch = currentBatch();
        EventIsolation.Scope scope = touch();
        if (scope != null && scope.isolated) {
            Map<String, Document> copies = batch.isolated(scope).seen;
            if (!copies.containsKey(id)) {
                copies.put(id, copy(find(batch, id)));
            }
            return copies.get(id);
        }
        return find(batch, id);
    }

    private Document find(Batch batch, String id) {
        if (batch.seen.containsKey(id)) {
            return batch.seen.get(id);
        }
        Document document = cache.lookUp(id, () -> collection.find(Filters.eq("_id", id)).first());
        batch.seen.put(id, document);
        return document;
    }

    /** Marks the document (with its {@code _id} set) to be written when the batch commits. */
    public void save(Document document) {
        Batch batch = currentBatch();
        EventIsolation.Scope scope = touch();
        Changes changes = scope != null && scope.isolated ? batch.isolated(scope) : batch;
        String id = document.getString("_id");
        changes.seen.put(id, document);
        changes.dirty.put(id, document);
    }

    /** Notes that the current event has touched a read model (see {@link EventIsolation}). */
    private static EventIsolation.Scope touch() {
        EventIsolation.Scope scope = EventIsolation.current();
        if (scope != null) {
            scope.touched = true;
        }
        return scope;
    }

    /**
     * Joins the current batch without reading or writing anything. Stores are flushed in the order they
     * joined the batch, so a projection that needs one collection written before another enlists that
     * store first.
     */
    public void enlist() {
        currentBatch();
    }

    /** Empties the collection and the cache; for reset handlers, which run while the processor is stopped. */
    public void clear() {
        collection.deleteMany(new Document());
        cache.resetToEmptyCollection();
    }

    /** Writes what every store has buffered in this unit of work; safe to call more than once. */
    static void flushAll(UnitOfWork<?> unitOfWork) {
        List<Runnable> pending = unitOfWork.getResource(PENDING_KEY);
        if (pending != null) {
            pending.forEach(Runnable::run);
        }
    }

    private Batch currentBatch() {
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get();
        Batch existing = unitOfWork.getResource(resourceKey);
        if (existing != null) {
            return existing;
        }
        Batch batch = new Batch();
        unitOfWork.resources().put(resourceKey, batch);
        unitOfWork.<List<Runnable>>getOrComputeResource(PENDING_KEY, key -> new ArrayList<>()).add(() -> flush(batch));
        unitOfWork.onPrepareCommit(committing -> flush(batch));
        unitOfWork.onRollback(rolledBack -> cache.invalidate());
        return batch;
    }

    private void flush(Batch batch) {
        if (batch.dirty.isEmpty()) {
            return;
        }
        List<WriteModel<Document>> writes = new ArrayList<>(batch.dirty.size());
        ReplaceOptions upsert = new ReplaceOptions().upsert(true);
        batch.dirty.forEach((id, document) -> writes.add(new ReplaceOneModel<>(Filters.eq("_id", id), document, upsert)));
        // Each document appears once, so the order of the writes carries no meaning.
        collection.bulkWrite(writes, new BulkWriteOptions().ordered(false));
        cache.remember(batch.dirty);
        batch.dirty.clear();
    }

    /** A deep copy, so that an isolated event's changes stay private until its handlers succeed. */
    static Document copy(Document document) {
        if (document == null) {
            return null;
        }
        BsonDocument bson = document.toBsonDocument(Document.class, MongoClientSettings.getDefaultCodecRegistry());
        return DOCUMENT_CODEC.decode(new BsonDocumentReader(bson), DecoderContext.builder().build());
    }

    /** Documents read (null for absent) and changed, in first-touched order. */
    private static class Changes {
        final Map<String, Document> seen = new LinkedHashMap<>();
        final Map<String, Document> dirty = new LinkedHashMap<>();
    }

    /** What one unit of work has read and changed. */
    private static final class Batch extends Changes {
        private Isolated isolated;

        /** The isolated event's private copies; they join the batch only if its handlers succeed. */
        Changes isolated(EventIsolation.Scope scope) {
            if (isolated == null || isolated.owner != scope) {
                Isolated copies = new Isolated(scope);
                isolated = copies;
                scope.onSuccess().add(() -> {
                    seen.putAll(copies.seen);
                    dirty.putAll(copies.dirty);
                });
            }
            return isolated;
        }
    }

    private static final class Isolated extends Changes {
        final EventIsolation.Scope owner;

        Isolated(EventIsolation.Scope owner) {
            this.owner = owner;
        }
    }
}
