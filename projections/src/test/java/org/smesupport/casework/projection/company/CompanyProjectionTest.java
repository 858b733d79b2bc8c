package org.smesupport.casework.projection.company;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoCollection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.smesupport.casework.api.company.CompanyId;
import org.smesupport.casework.api.company.CompanyRegisteredEvent;
import org.smesupport.casework.api.company.CompanyUpdatedEvent;
import org.smesupport.casework.api.company.CorporateNumber;
import org.smesupport.casework.api.company.Industry;
import org.smesupport.casework.api.company.SizeClass;
import org.smesupport.casework.projection.EmbeddedMongo;
import org.smesupport.casework.projection.EventLog;
import org.smesupport.casework.projection.ProjectionHarness;

class CompanyProjectionTest {

    private static final Instant REGISTERED = Instant.parse("2020-04-01T01:00:00Z");
    private static final Instant UPDATED = Instant.parse("2020-06-01T01:00:00Z");

    private final EmbeddedMongo mongo = new EmbeddedMongo();
    private final MongoCollection<Document> companies = mongo.database().getCollection(CompanyProjection.COLLECTION);
    private final EventLog log = new EventLog();

    @AfterEach
    void stopMongo() {
        mongo.close();
    }

    @Test
    void keepsTheLatestDetailsAndBothTimes() {
        new ProjectionHarness(projection()).deliver(history());

        Document company = companies.find(new Document("_id", "C-1")).first();
        assertThat(company).isNotNull();
        assertThat(company.getString("corporateNumber")).isEqualTo(corporateNumber().value());
        assertThat(company.getString("name")).isEqualTo("Sagami Seiki KK");
        assertThat(company.getString("industry")).isEqualTo("MANUFACTURING");
        assertThat(company.getString("municipality")).isEqualTo("Sagamihara");
        assertThat(company.getString("sizeClass")).isEqualTo("MICRO");
        assertThat(company.getLong("version")).isEqualTo(1L);
        assertThat(company.getDate("registeredAt")).isEqualTo(Date.from(REGISTERED));
        assertThat(company.getDate("updatedAt")).isEqualTo(Date.from(UPDATED));
    }

    @Test
    void redeliveryChangesNothingEvenWithoutTheCache() {
        List<TrackedEventMessage<?>> history = history();
        new ProjectionHarness(projection()).deliver(history);
        Document before = companies.find().first();

        // A new instance starts with an empty cache over a non-empty collection, so it must read Mongo.
        new ProjectionHarness(projection()).deliver(history.subList(0, 1));

        assertThat(companies.find().into(new ArrayList<>())).containsExactly(before);
    }

    @Test
    void resetEmptiesTheCollection() {
        ProjectionHarness harness = new ProjectionHarness(projection());
        harness.deliver(history());

        harness.reset();

        assertThat(companies.countDocuments()).isZero();
    }

    private CompanyProjection projection() {
        return new CompanyProjection(mongo.database(), 100);
    }

    private List<TrackedEventMessage<?>> history() {
        return List.of(
                log.append("C-1", new CompanyRegisteredEvent(CompanyId.of("C-1"), corporateNumber(), "Sagami Seiki",
                        Industry.MANUFACTURING, "Atsugi", SizeClass.SMALL, null), REGISTERED),
                log.append("C-1", new CompanyUpdatedEvent(CompanyId.of("C-1"), "Sagami Seiki KK",
                        Industry.MANUFACTURING, "Sagamihara", SizeClass.MICRO), UPDATED));
    }

    private static CorporateNumber corporateNumber() {
        String base = "123456789012";
        return CorporateNumber.of(CorporateNumber.checkDigit(base) + base);
    }
}
