package org.smesupport.casework.projection;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.bson.Document;

/**
 * Least-recently-used copies of the documents a {@link ReadModelStore} has read or written. While
 * {@code complete} holds, the cache contains every document of the collection, so a miss needs no read.
 * Synchronised because a reset runs on the caller's thread, not the processor's.
 */
final class DocumentCache {

    private final int capacity;
    private final Map<String, Document> documents;
    private boolean complete;

    DocumentCache(int capacity, boolean complete) {
        this.capacity = capacity;
        this.complete = complete;
        this.documents = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Document> eldest) {
                boolean evict = size() > DocumentCache.this.capacity;
                if (evict) {
                    // The evicted document still exists in the collection: a miss no longer proves absence.
                    DocumentCache.this.complete = false;
                }
                return evict;
            }
        };
    }

    /** The cached document, or {@code null} if the cache knows it is absent, else what the loader reads. */
    synchronized Document lookUp(String id, Supplier<Document> loader) {
        Document cached = documents.get(id);
        if (cached != null || complete) {
            return cached;
        }
        Document loaded = loader.get();
        if (loaded != null && capacity > 0) {
            documents.put(id, loaded);
        }
        return loaded;
    }

    synchronized void remember(Map<String, Document> written) {
        if (capacity > 0) {
            documents.putAll(written);
        }
    }

    /** After a rollback the cached copies may hold changes that never reached the collection. */
    synchronized void invalidate() {
        documents.clear();
        complete = false;
    }

    synchronized void resetToEmptyCollection() {
        documents.clear();
        complete = capacity > 0;
    }
}
