package org.smesupport.casework.projection.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smesupport.casework.projection.matching.MatchingEvents.concluded;
import static org.smesupport.casework.projection.matching.MatchingEvents.corrected;
import static org.smesupport.casework.projection.matching.MatchingEvents.correctionRequested;
import static org.smesupport.casework.projection.matching.MatchingEvents.introduced;
import static org.smesupport.casework.projection.matching.MatchingEvents.received;

import com.mongodb.client.MongoCollection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.smesupport.casework.api.matching.OrderRequestFilledEvent;
import org.smesupport.casework.api.matching.OrderRequestId;
import org.smesupport.casework.api.matching.OrderRequestWithdrawnEvent;
import org.smesupport.casework.api.matching.ReferralOutcome;
import org.smesupport.casework.api.matching.ReferralOutcomeCorrectionRejectedEvent;
import org.smesupport.casework.projection.EmbeddedMongo;
import org.smesupport.casework.projection.EventLog;
import org.smesupport.casework.projection.ProjectionHarness;

class OrderRequestProjectionTest {

    private static final Instant AT = Instant.parse("2020-07-01T00:00:00Z");
    private static final Map<String, String> SATO = Map.of("user", "sato", "role", "CASEWORKER");
    private static final Map<String, String> SUZUKI = Map.of("user", "suzuki", "role", "SUPERVISOR", "reason", "typo");

    private final EmbeddedMongo mongo = new EmbeddedMongo();
    private final MongoCollection<Document> requests = mongo.database().getCollection(OrderRequestProjection.COLLECTION);
    private final EventLog log = new EventLog();

    @AfterEach
    void stopMongo() {
        mongo.close();
    }

    @Test
    void keepsTheRequestItsReferralsTheirOutcomesAndEveryCorrection() {
        new ProjectionHarness(projection()).deliver(history());

        Document request = request();
        Document details = request.get("details", Document.class);
        assertThat(details.getString("orderingFirm")).isEqualTo("Yokohama Motors");
        assertThat(details.getList("processes", String.class)).containsExactly("MACHINING", "SURFACE_TREATMENT");
        assertThat(details.getLong("budget")).isEqualTo(2_000_000L);
        assertThat(details.getString("preferredRegion")).isEqualTo("KAWASAKI");
        assertThat(details.getString("deliveryBy")).isEqualTo("2020-06-01");
        assertThat(request.getString("receivedOn")).isEqualTo("2020-04-01");
        assertThat(request.getString("status")).isEqualTo("FILLED");
        assertThat(request.getString("filledOn")).isEqualTo("2020-09-30");
        assertThat(request.getInteger("referralCount")).isEqualTo(3);
        assertThat(request.getInteger("awaitingOutcome")).isEqualTo(1);
        assertThat(request.getInteger("concluded")).isEqualTo(1);
        assertThat(request.getInteger("correctionsAwaitingApproval")).isZero();
        assertThat(request.getLong("version")).isEqualTo(8L);

        List<Document> referrals = request.getList("referrals", Document.class);
        assertThat(referrals).extracting(referral -> referral.getString("referralId")).containsExactly("R-1", "R-2", "R-3");
        Document r1 = referrals.get(0);
        assertThat(r1.getString("outcome")).isEqualTo("NOT_CONCLUDED");
        assertThat(r1.getLong("initialOrderAmount")).isZero();
        assertThat(r1.getString("decidedOn")).isEqualTo("2020-05-10");
        assertThat(r1.getString("recordedBy")).isEqualTo("sato");
        List<Document> corrections = r1.getList("corrections", Document.class);
        assertThat(corrections).hasSize(1);
        Document correction = corrections.get(0);
        assertThat(correction.getString("previousOutcome")).isEqualTo("CONCLUDED");
        assertThat(correction.getLong("previousInitialOrderAmount")).isEqualTo(800_000L);
        assertThat(correction.getString("outcome")).isEqualTo("NOT_CONCLUDED");
        assertThat(correction.getString("reason")).isEqualTo("wrong entry");
        assertThat(correction.getString("correctedOn")).isEqualTo("2020-06-15");
        assertThat(correction.getString("user")).isEqualTo("suzuki");
        assertThat(correction.getString("role")).isEqualTo("SUPERVISOR");
        assertThat(correction.getString("requestedBy")).isEqualTo("sato");
        assertThat(r1.get("pendingCorrection")).isNull();
        Document r2 = referrals.get(1);
        assertThat(r2.getString("outcome")).isEqualTo("CONCLUDED");
        assertThat(r2.getLong("initialOrderAmount")).isEqualTo(1_200_000L);
        assertThat(r2.getList("corrections", Document.class)).isEmpty();
        Document r3 = referrals.get(2);
        assertThat(r3.getString("supplierName")).isEqualTo("Supplier S-3");
        assertThat(r3.getString("introducedOn")).isEqualTo("2020-06-20");
        assertThat(r3.get("outcome")).isNull();
    }

    @Test
    void aRequestedCorrectionAwaitsASupervisorUntilDecided() {
        List<TrackedEventMessage<?>> events = history();
        ProjectionHarness harness = new ProjectionHarness(projection());
        harness.deliver(events.subList(0, 6));

        Document request = request();
        assertThat(request.getInteger("correctionsAwaitingApproval")).isEqualTo(1);
        Document r1 = request.getList("referrals", Document.class).get(0);
        assertThat(r1.getString("outcome")).isEqualTo("CONCLUDED");
        Document pending = r1.get("pendingCorrection", Document.class);
        assertThat(pending.getString("outcome")).isEqualTo("NOT_CONCLUDED");
        assertThat(pending.getLong("initialOrderAmount")).isZero();
        assertThat(pending.getString("requestedOn")).isEqualTo("2020-06-12");
        assertThat(pending.getString("requestedBy")).isEqualTo("sato");

        harness.deliver(List.of(log.append("O-1", new ReferralOutcomeCorrectionRejectedEvent(OrderRequestId.of("O-1"),
                "R-1", LocalDate.of(2020, 6, 13), "suzuki", "matches the order form"), AT, SUZUKI)));
        Document rejected = request();
        assertThat(rejected.getInteger("correctionsAwaitingApproval")).isZero();
        Document unchanged = rejected.getList("referrals", Document.class).get(0);
        assertThat(unchanged.get("pendingCorrection")).isNull();
        assertThat(unchanged.getString("outcome")).isEqualTo("CONCLUDED");
        assertThat(unchanged.getList("corrections", Document.class)).isEmpty();
    }

    @Test
    void aWithdrawnRequestKeepsWhyAndWhen() {
        new ProjectionHarness(projection()).deliver(List.of(
                log.append("O-2", received("O-2", LocalDate.of(2020, 4, 2)), AT),
                log.append("O-2", new OrderRequestWithdrawnEvent(OrderRequestId.of("O-2"), LocalDate.of(2020, 4, 20),
                        "made in-house"), AT)));

        Document request = requests.find(new Document("_id", "O-2")).first();
        assertThat(request.getString("status")).isEqualTo("WITHDRAWN");
        assertThat(request.getString("withdrawnOn")).isEqualTo("2020-04-20");
        assertThat(request.getString("withdrawalReason")).isEqualTo("made in-house");
        assertThat(request.getInteger("awaitingOutcome")).isZero();
    }

    @Test
    void redeliveryChangesNothingEvenWithoutTheCache() {
        List<TrackedEventMessage<?>> events = history();
        ProjectionHarness harness = new ProjectionHarness(projection());
        harness.deliver(events.subList(0, 3));
        harness.deliver(events.subList(3, events.size()));
        List<Document> once = requests.find().into(new ArrayList<>());

        harness.deliver(events);
        new ProjectionHarness(projection()).deliver(events.subList(2, events.size()));

        assertThat(requests.find().into(new ArrayList<>())).isEqualTo(once);
    }

    @Test
    void resetEmptiesTheCollection() {
        ProjectionHarness harness = new ProjectionHarness(projection());
        harness.deliver(history());

        harness.reset();

        assertThat(requests.countDocuments()).isZero();
    }

    private OrderRequestProjection projection() {
        return new OrderRequestProjection(mongo.database(), 100);
    }

    private Document request() {
        return requests.find(new Document("_id", "O-1")).first();
    }

    private List<TrackedEventMessage<?>> history() {
        return List.of(
                log.append("O-1", received("O-1", LocalDate.of(2020, 4, 1)), AT, SATO),
                log.append("O-1", introduced("O-1", "R-1", "S-1", LocalDate.of(2020, 4, 10)), AT, SATO),
                log.append("O-1", introduced("O-1", "R-2", "S-2", LocalDate.of(2020, 4, 11)), AT, SATO),
                log.append("O-1", concluded("O-1", "R-1", "S-1", 800_000, LocalDate.of(2020, 5, 10)), AT, SATO),
                log.append("O-1", concluded("O-1", "R-2", "S-2", 1_200_000, LocalDate.of(2020, 5, 12)), AT, SATO),
                log.append("O-1", correctionRequested("O-1", "R-1", "S-1", ReferralOutcome.CONCLUDED, 800_000,
                        ReferralOutcome.NOT_CONCLUDED, 0, LocalDate.of(2020, 5, 10), LocalDate.of(2020, 6, 12)), AT, SATO),
                log.append("O-1", corrected("O-1", "R-1", "S-1", ReferralOutcome.CONCLUDED, 800_000,
                        ReferralOutcome.NOT_CONCLUDED, 0, LocalDate.of(2020, 5, 10), LocalDate.of(2020, 6, 15)), AT, SUZUKI),
                log.append("O-1", introduced("O-1", "R-3", "S-3", LocalDate.of(2020, 6, 20)), AT, SATO),
                log.append("O-1", new OrderRequestFilledEvent(OrderRequestId.of("O-1"), LocalDate.of(2020, 9, 30)), AT, SATO));
    }
}
