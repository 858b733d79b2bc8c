package org.smesupport.casework.app.idempotency;

import com.mongodb.ErrorCategory;
import jakarta.servlet.ServletException;
import java.io.IOException;
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

/**
 * Idempotency keys in MongoDB, for the production profile, where Axon Server holds the events and no
 * SQL database exists. A key is claimed by inserting a document with that {@code _id} (atomic on
 * MongoDB), the command runs, and the response is stored. These three steps are not one transaction:
 * a crash between the command and the stored response leaves the key claimed but unanswered, and a
 * retry gets 409 instead of running the command again. Keys expire after a day (TTL index).
 */
class MongoIdempotencyStore implements IdempotencyStore {

    static final String COLLECTION = "idempotency_keys";
    private static final long RETENTION_HOURS = 24;

    private final MongoCollection<Document> keys;
    private final Clock clock;

    MongoIdempotencyStore(MongoDatabase readModelDatabase, Clock clock) {
        this.keys = readModelDatabase.getCollection(COLLECTION);
        this.clock = clock;
        keys.createIndex(Indexes.ascending("createdAt"),
                new IndexOptions().expireAfter(RETENTION_HOURS, TimeUnit.HOURS));
    }

    @Override
    public Optional<StoredResponse> runOnce(String id, String requestHash, Request request)
            throws IOException, ServletException {
        Optional<StoredResponse> earlier = claim(id, requestHash);
        if (earlier.isPresent()) {
            return earlier;
        }
        boolean completed = false;
        try {
            StoredResponse response = request.run();
            if (response.succeeded()) {
                complete(id, response);
                completed = true;
            }
            return Optional.empty();
        } finally {
            if (!completed) {
                release(id);
            }
        }
    }

    /** Claims the key for this request; empty when claimed, else what was stored under it before. */
    private Optional<StoredResponse> claim(String id, String requestHash) {
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
            return Optional.of(stored(existing));
        }
    }

    private void complete(String id, StoredResponse response) {
        keys.updateOne(Filters.eq("_id", id), Updates.combine(
                Updates.set("state", "DONE"),
                Updates.set("status", response.status()),
                Updates.set("contentType", response.contentType()),
                Updates.set("body", new Binary(response.body()))));
    }

    /** Gives up a claim whose command did not succeed, so a corrected retry may use the key. */
    private void release(String id) {
        keys.deleteOne(Filters.eq("_id", id));
    }

    private static StoredResponse stored(Document document) {
        boolean done = "DONE".equals(document.getString("state"));
        Binary body = document.get("body", Binary.class);
        return new StoredResponse(document.getString("requestHash"), done,
                done ? document.getInteger("status") : 0,
                document.getString("contentType"),
                body == null ? new byte[0] : body.getData());
    }
}
