package org.smesupport.casework.app.audit.search;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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

    private static final String COMPANY_AGGREGATE = "Company";

    private final ReadModelStore index;
    private final ReadModelStore aggregates;
    private final ReadModelStore companies;
    private final ReadModelStore postings;
    private final MongoCollection<Document> postingLists;

    AuditIndexProjection(MongoDatabase readModels, @Value(ReadModelSettings.CACHE_SIZE) int cacheSize) {
        MongoCollection<Document> indexed = readModels.getCollection(AuditIndexFields.COLLECTION);
        this.postingLists = readModels.getCollection(AuditPostings.COLLECTION);
        if (indexed.estimatedDocumentCount() == 0) {
            // built from its first event from now on, so every company's records and every posting will be here
            AuditPostings.markComplete(postingLists);
        }
        // each event's document is written once and read by searches only: nothing to cache
        this.index = new ReadModelStore(indexed, 0);
        this.aggregates = new ReadModelStore(readModels.getCollection(AuditIndexFields.AGGREGATES), cacheSize);
        this.companies = new ReadModelStore(readModels.getCollection(AuditIndexFields.COMPANIES), cacheSize);
        this.postings = new ReadModelStore(postingLists, cacheSize);
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
        Optional<String> named = CompanyOfEvent.of(payload);
        String company = named.orElse(null);
        if (event instanceof DomainEventMessage<?> domain) {
            entry.append(AuditIndexFields.AGGREGATE_TYPE, domain.getType())
                    .append(AuditIndexFields.AGGREGATE_ID, domain.getAggregateIdentifier())
                    .append(AuditIndexFields.SEQUENCE, domain.getSequenceNumber());
            company = companyOf(domain, named);
        }
        // the entry before its postings (stores are written in the order they joined the batch): a posting never
        // names an event the index does not hold
        index.save(entry.append(AuditIndexFields.COMPANY_ID, company));
        if (company != null && entry.getString(AuditIndexFields.AGGREGATE_ID) != null) {
            recordOfCompany(company, entry.getString(AuditIndexFields.AGGREGATE_ID));
        }
        AuditPostings.index(postings, entry, event.getIdentifier());
    }

    /** Adds the record to the company's records once, keeping the order in which they were first seen. */
    private void recordOfCompany(String company, String record) {
        Document existing = companies.find(company);
        List<String> records = existing == null ? new ArrayList<>()
                : new ArrayList<>(existing.getList(AuditIndexFields.RECORDS, String.class));
        if (!records.contains(record)) {
            records.add(record);
            companies.save(new Document("_id", company).append(AuditIndexFields.RECORDS, records));
        }
    }


    /**
     * The company an aggregate's event concerns: the company's own stream; the company named by the event; else the
     * company the aggregate was opened for (its first event named it). An aggregate whose first event names no
     * company (a fair, a succession deal) belongs to none, though some of its events do (a fair's participant).
     */
    private String companyOf(DomainEventMessage<?> event, Optional<String> named) {
        String aggregateId = event.getAggregateIdentifier();
        if (COMPANY_AGGREGATE.equals(event.getType())) {
            return aggregateId;
        }
        if (event.getSequenceNumber() == 0 && named.isPresent()) {
            aggregates.save(new Document("_id", aggregateId).append(AuditIndexFields.COMPANY_ID, named.get()));
        }
        if (named.isPresent()) {
            return named.get();
        }
        Document opened = aggregates.find(aggregateId);
        return opened == null ? null : opened.getString(AuditIndexFields.COMPANY_ID);
    }

    @ResetHandler
    void reset() {
        index.clear();
        aggregates.clear();
        companies.clear();
        postings.clear();
        // rebuilt from the first event, like the index itself (which is as partial as these while it is rebuilt)
        AuditPostings.markComplete(postingLists);
    }

    private static String text(MetaData metadata, String key) {
        return Objects.toString(metadata.get(key), null);
    }
}
