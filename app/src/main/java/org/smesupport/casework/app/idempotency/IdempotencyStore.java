package org.smesupport.casework.app.idempotency;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.util.Date;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.bson.types.Binary;
import org.springframework.stereotype.Component;

/**
 * Remembers the first response to each (user, Idempotency-Key). A key is claimed by inserting a
 * document with that {@code _id}: the unique {@code _id} makes the claim atomic on MongoDB and on
 * the embedded server alike. Keys expire after a day on a real MongoDB (TTL index).
 */
@Component
class IdempotencyStore {

    static final String COLLECTION = "idempotency_keys";
    private static final long RETENTION_HOURS = 24;

    private final MongoCollection<Document> keys;
    private final Clock clock;

    IdempotencyStore(MongoDatabase readModelDatabase, Clock clock) {
        this.keys = readModelDatabase.getCollection(COLLECTION);
        this.clock = clock;
        keys.createIndex(Indexes.ascending("createdAt"),
                new IndexOptions().expireAfter(RETENTION_HOURS, TimeUnit.HOURS));
    }

    /** Claims the key for this request; empty when claimed, else what was stored under it before. */
    Optional<StoredResponse> claim(String id, String requestHash) {
        try {
            keys.insertOne(new Document("_id", id)
                    .append("requestHash", requestHash)
                    .append("state", "PENDING")
                    .append("createdAt", Date.from(clock.instant())));
            return Optional.empty();
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            Document existing = keys.find(Filters.eq("_id", id)).first();
            if (existing == null) {
                // expired or released between the insert and the read: the caller may simply retry
                return Optional.of(StoredResponse.pending(requestHash));
            }
            return Optional.of(StoredResponse.from(existing));
        }
    }

    void complete(String id, int status, String contentType, byte[] body) {
        keys.updateOne(Filters.eq("_id", id), Updates.combine(
                Updates.set("state", "DONE"),
                Updates.set("status", status),
                Updates.set("contentType", contentType),
                Updates.set("body", new Binary(body))));
    }

    /** Gives up a claim whose command did not succeed, so a corrected retry may use the key. */
    void release(String id) {
        keys.deleteOne(Filters.eq("_id", id));
    }

    record StoredResponse(String requestHash, boolean done, int status, String contentType, byte[] body) {

        static StoredResponse pending(String requestHash) {
            return new StoredResponse(requestHash, false, 0, null, new byte[0]);
        }

        static StoredResponse from(Document document) {
            boolean done = "DONE".equals(document.getString("state"));
            Binary body = document.get("body", Binary.class);
            return new StoredResponse(document.getString("requestHash"), done,
                    done ? document.getInteger("status") : 0,
                    document.getString("contentType"),
                    body == null ? new byte[0] : body.getData());
        }
    }
}
