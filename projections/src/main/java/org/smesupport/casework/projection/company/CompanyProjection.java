package org.smesupport.casework.projection.company;

import com.mongodb.client.MongoDatabase;
import java.time.Instant;
import java.util.Date;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.bson.Document;
import org.smesupport.casework.api.company.CompanyRegisteredEvent;
import org.smesupport.casework.api.company.CompanyUpdatedEvent;
import org.smesupport.casework.api.company.Industry;
import org.smesupport.casework.api.company.SizeClass;
import org.smesupport.casework.projection.AggregateSequence;
import org.smesupport.casework.projection.ReadModelSettings;
import org.smesupport.casework.projection.ReadModelStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The {@code companies} read model: one document per company, by company id. */
@Component
@ProcessingGroup(CompanyProjection.PROCESSING_GROUP)
public class CompanyProjection {

    static final String PROCESSING_GROUP = "companies";
    /** The name as {@link CompanySearchKey} reduces it, for searching by part of the name. */
    public static final String SEARCH_NAME = "searchName";
    public static final String COLLECTION = "companies";

    private final ReadModelStore companies;

    public CompanyProjection(MongoDatabase readModels, @Value(ReadModelSettings.CACHE_SIZE) int cacheSize) {
        this.companies = new ReadModelStore(readModels.getCollection(COLLECTION), cacheSize);
    }

    @EventHandler
    void on(CompanyRegisteredEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        String id = event.companyId().value();
        if (AggregateSequence.alreadyApplied(companies.find(id), sequence)) {
            return;
        }
        Document company = new Document("_id", id)
                .append("corporateNumber", event.corporateNumber() == null ? null : event.corporateNumber().value())
                .append("identityDocument", event.identityDocument() == null ? null : event.identityDocument().name())
                .append("kana", event.kana())
                .append("registeredAt", Date.from(at));
        companies.save(applyDetails(company, event.name(), event.industry(), event.municipality(),
                event.sizeClass(), sequence, at));
    }

    @EventHandler
    void on(CompanyUpdatedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        Document company = companies.find(event.companyId().value());
        if (company == null || AggregateSequence.alreadyApplied(company, sequence)) {
            // An update always follows its registration in the stream; without one there is nothing to update.
            return;
        }
        companies.save(applyDetails(company, event.name(), event.industry(), event.municipality(),
                event.sizeClass(), sequence, at));
    }

    @ResetHandler
    void reset() {
        companies.clear();
    }

    private static Document applyDetails(Document company, String name, Industry industry, String municipality,
                                         SizeClass sizeClass, long sequence, Instant at) {
        return company
                .append("name", name)
                .append(SEARCH_NAME, name == null ? null : CompanySearchKey.of(name))
                .append("industry", industry == null ? null : industry.name())
                .append("municipality", municipality)
                .append("sizeClass", sizeClass == null ? null : sizeClass.name())
                .append(AggregateSequence.FIELD, sequence)
                .append("updatedAt", Date.from(at));
    }
}
