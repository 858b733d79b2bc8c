package org.smesupport.casework.projection.succession;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoCollection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.smesupport.casework.api.company.CompanyId;
import org.smesupport.casework.api.succession.DealParty;
import org.smesupport.casework.api.succession.SuccessionCaseId;
import org.smesupport.casework.api.succession.SuccessionCaseOpenedEvent;
import org.smesupport.casework.api.succession.SuccessionDealConcludedEvent;
import org.smesupport.casework.api.succession.SuccessionDealId;
import org.smesupport.casework.api.succession.SuccessionDiagnosedEvent;
import org.smesupport.casework.api.succession.SuccessionPlanRecordedEvent;
import org.smesupport.casework.api.succession.SuccessionSide;
import org.smesupport.casework.projection.EmbeddedMongo;
import org.smesupport.casework.projection.EventLog;
import org.smesupport.casework.projection.ProjectionHarness;

/** Both succession read models, delivered together as their shared processing group does. */
class SuccessionProjectionsTest {

    private static final Instant AT = Instant.parse("2020-09-01T00:00:00Z");
    private static final SuccessionCaseId SELLER = SuccessionCaseId.of("SC-1");
    private static final SuccessionCaseId BUYER = SuccessionCaseId.of("SC-2");

    private final EmbeddedMongo mongo = new EmbeddedMongo();
    private final MongoCollection<Document> cases = mongo.database().getCollection(SuccessionCaseProjection.COLLECTION);
    private final MongoCollection<Document> deals = mongo.database().getCollection(SuccessionDealProjection.COLLECTION);
    private final EventLog log = new EventLog();

    @AfterEach
    void stopMongo() {
        mongo.close();
    }

    @Test
    void keepsCasesWithTheirDiagnosesPlansAndDeals() {
        deliver(history(), 100);

        Document seller = cases.find(new Document("_id", "SC-1")).first();
        assertThat(seller.getString("side")).isEqualTo("SELLER");
        assertThat(seller.getString("companyId")).isEqualTo("C-1");
        assertThat(seller.getString("openedOn")).isEqualTo("2020-04-01");
        assertThat(seller.getList("diagnoses", String.class)).containsExactly("2020-05-01");
        assertThat(seller.getList("plans", String.class)).containsExactly("2020-06-01");
        assertThat(seller.getLong("version")).isEqualTo(2L);
        assertThat(seller.getList("deals", Document.class)).containsExactly(new Document("dealId", "D-1")
                .append("role", "SELLER").append("counterpart", "Buyer KK").append("concludedOn", "2020-09-01"));
        Document buyer = cases.find(new Document("_id", "SC-2")).first();
        assertThat(buyer.getList("deals", Document.class)).extracting(deal -> deal.getString("role"))
                .containsExactly("BUYER", "SELLER");
        assertThat(buyer.getLong("version")).as("deals belong to another stream").isZero();

        Document inPrefecture = deals.find(new Document("_id", "D-1")).first();
        assertThat(inPrefecture.getInteger("halfCounts")).isEqualTo(2);
        assertThat(inPrefecture.getInteger("fiscalYear")).isEqualTo(2020);
        assertThat(inPrefecture.get("seller", Document.class))
                .isEqualTo(new Document("caseId", "SC-1").append("name", "Seller KK").append("inPrefecture", true));
        Document outOfPrefecture = deals.find(new Document("_id", "D-2")).first();
        assertThat(outOfPrefecture.getInteger("halfCounts")).isEqualTo(1);
        assertThat(outOfPrefecture.getInteger("fiscalYear")).isEqualTo(2021);
        assertThat(outOfPrefecture.get("buyer", Document.class).get("caseId")).isNull();
    }

    @Test
    void redeliveryChangesNothingEvenWithoutTheCache() {
        List<TrackedEventMessage<?>> events = history();
        ProjectionHarness caseHarness = new ProjectionHarness(new SuccessionCaseProjection(mongo.database(), 100));
        caseHarness.deliver(events.subList(0, 5));
        caseHarness.deliver(events.subList(5, events.size()));
        new ProjectionHarness(new SuccessionDealProjection(mongo.database(), 100)).deliver(events);
        List<Document> casesOnce = cases.find().into(new ArrayList<>());
        List<Document> dealsOnce = deals.find().into(new ArrayList<>());

        caseHarness.deliver(events.subList(2, events.size()));
        deliver(events, 0);

        assertThat(cases.find().into(new ArrayList<>())).isEqualTo(casesOnce);
        assertThat(deals.find().into(new ArrayList<>())).isEqualTo(dealsOnce);
    }

    @Test
    void resetEmptiesBothCollections() {
        SuccessionCaseProjection caseProjection = new SuccessionCaseProjection(mongo.database(), 100);
        SuccessionDealProjection dealProjection = new SuccessionDealProjection(mongo.database(), 100);
        new ProjectionHarness(caseProjection).deliver(history());
        new ProjectionHarness(dealProjection).deliver(history());

        new ProjectionHarness(caseProjection).reset();
        new ProjectionHarness(dealProjection).reset();

        assertThat(cases.countDocuments()).isZero();
        assertThat(deals.countDocuments()).isZero();
    }

    private void deliver(List<TrackedEventMessage<?>> events, int cacheSize) {
        new ProjectionHarness(new SuccessionCaseProjection(mongo.database(), cacheSize)).deliver(events);
        new ProjectionHarness(new SuccessionDealProjection(mongo.database(), cacheSize)).deliver(events);
    }

    private List<TrackedEventMessage<?>> history() {
        return List.of(
                log.append("SC-1", new SuccessionCaseOpenedEvent(SELLER, CompanyId.of("C-1"), SuccessionSide.SELLER,
                        LocalDate.of(2020, 4, 1), true), AT),
                log.append("SC-2", new SuccessionCaseOpenedEvent(BUYER, CompanyId.of("C-2"), SuccessionSide.BUYER,
                        LocalDate.of(2020, 4, 2), true), AT),
                log.append("SC-1", new SuccessionDiagnosedEvent(SELLER, LocalDate.of(2020, 5, 1)), AT),
                log.append("SC-1", new SuccessionPlanRecordedEvent(SELLER, LocalDate.of(2020, 6, 1)), AT),
                log.append("D-1", new SuccessionDealConcludedEvent(SuccessionDealId.of("D-1"),
                        new DealParty(SELLER, "Seller KK", true), new DealParty(BUYER, "Buyer KK", true),
                        LocalDate.of(2020, 9, 1), 2), AT),
                // The buyer's firm later sells a business of its own to an out-of-prefecture buyer: 0.5.
                log.append("D-2", new SuccessionDealConcludedEvent(SuccessionDealId.of("D-2"),
                        new DealParty(BUYER, "Buyer KK", true), new DealParty(null, "Tokyo Holdings", false),
                        LocalDate.of(2021, 4, 5), 1), AT));
    }
}
