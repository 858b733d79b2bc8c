package org.smesupport.casework.app.audit.access;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.smesupport.casework.api.audit.AccessEntry;
import org.smesupport.casework.api.audit.AccessKind;
import org.smesupport.casework.api.audit.AccessPage;

/**
 * The access log in the read store ({@code access_log}), where the events are in Axon Server and there is no SQL
 * database: documents are inserted, never replaced.
 */
final class MongoAccessLog implements AccessLog {

    private final MongoCollection<Document> log;

    MongoAccessLog(MongoDatabase readModels) {
        this.log = readModels.getCollection("access_log");
    }

    @Override
    public void record(AccessEntry entry) {
        log.insertOne(new Document("recordedAt", Date.from(entry.recordedAt())).append("kind", entry.kind().name())
                .append("user", entry.user()).append("roles", entry.roles()).append("method", entry.method())
                .append("path", entry.path()).append("status", entry.status()).append("detail", entry.detail())
                .append("correlationId", entry.correlationId()).append("address", entry.address()));
    }

    @Override
    public AccessPage search(AccessCriteria criteria, int page, int size) {
        List<Bson> filters = new ArrayList<>();
        if (criteria.kind() != null) {
            filters.add(Filters.eq("kind", criteria.kind().name()));
        }
        if (criteria.user() != null) {
            filters.add(Filters.eq("user", criteria.user()));
        }
        if (criteria.from() != null) {
            filters.add(Filters.gte("recordedAt", Date.from(criteria.from())));
        }
        if (criteria.before() != null) {
            filters.add(Filters.lt("recordedAt", Date.from(criteria.before())));
        }
        Bson filter = filters.isEmpty() ? new Document() : Filters.and(filters);
        List<AccessEntry> items = new ArrayList<>();
        log.find(filter).sort(Sorts.descending("recordedAt", "_id")).skip(page * size).limit(size)
                .forEach(entry -> items.add(new AccessEntry(entry.getDate("recordedAt").toInstant(),
                        AccessKind.valueOf(entry.getString("kind")), entry.getString("user"), entry.getString("roles"),
                        entry.getString("method"), entry.getString("path"), entry.getInteger("status"),
                        entry.getString("detail"), entry.getString("correlationId"), entry.getString("address"))));
        return new AccessPage(log.countDocuments(filter), page, size, items);
    }
}
