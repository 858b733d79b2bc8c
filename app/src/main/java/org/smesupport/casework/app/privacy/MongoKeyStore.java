package org.smesupport.casework.app.privacy;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.Optional;
import org.axonframework.modelling.command.ConcurrencyException;
import org.bson.Document;
import org.bson.types.Binary;

/**
 * The keys in the read store ({@code personal_data_keys}), where the events are in Axon Server and there is no SQL
 * database. Not dropped with the read models: a read-model collection of the embedded default is rebuilt from the
 * events after a crash, and these keys cannot be.
 */
final class MongoKeyStore implements KeyStore {

    private final MongoCollection<Document> keys;

    MongoKeyStore(MongoDatabase readModels) {
        this.keys = readModels.getCollection("personal_data_keys");
    }

    @Override
    public Optional<StoredKey> find(String record) {
        Document key = keys.find(Filters.eq("_id", record)).first();
        return key == null ? Optional.empty()
                : Optional.of(new StoredKey(key.get("secret") instanceof Binary secret ? secret.getData() : null));
    }

    @Override
    public void insert(String record, byte[] secret, Instant at) {
        try {
            keys.insertOne(new Document("_id", record).append("secret", new Binary(secret))
                    .append("createdAt", Date.from(at)));
        } catch (MongoWriteException e) {
            if (ErrorCategory.fromErrorCode(e.getCode()) != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            throw new ConcurrencyException("Another request changed record " + record + " at the same time.");
        }
    }

    /** A record without a key yet gets a destroyed one: its texts stored before encryption began are erased too. */
    @Override
    public void destroy(Collection<String> records, Instant at) {
        keys.updateMany(Filters.in("_id", records), Updates.combine(Updates.set("secret", null),
                Updates.min("destroyedAt", Date.from(at))));
        records.forEach(record -> keys.updateOne(Filters.eq("_id", record),
                Updates.setOnInsert("destroyedAt", Date.from(at)), new UpdateOptions().upsert(true)));
    }
}
