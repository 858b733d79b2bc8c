package org.smesupport.casework.projection.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smesupport.casework.projection.matching.MatchingEvents.answer;
import static org.smesupport.casework.projection.matching.MatchingEvents.concluded;
import static org.smesupport.casework.projection.matching.MatchingEvents.corrected;
import static org.smesupport.casework.projection.matching.MatchingEvents.introduced;
import static org.smesupport.casework.projection.matching.MatchingEvents.meeting;
import static org.smesupport.casework.projection.matching.MatchingEvents.notConcluded;
import static org.smesupport.casework.projection.matching.MatchingEvents.participant;
import static org.smesupport.casework.projection.matching.MatchingEvents.planned;
import static org.smesupport.casework.projection.matching.MatchingEvents.profile;
import static org.smesupport.casework.projection.matching.MatchingEvents.received;
import static org.smesupport.casework.projection.matching.MatchingEvents.registered;

import com.mongodb.client.MongoCollection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.smesupport.casework.api.common.FiscalYear;
import org.smesupport.casework.api.matching.FairSide;
import org.smesupport.casework.api.matching.Process;
import org.smesupport.casework.api.matching.ReferralOutcome;
import org.smesupport.casework.api.matching.Region;
import org.smesupport.casework.api.matching.SupplierProfile;
import org.smesupport.casework.projection.EmbeddedMongo;
import org.smesupport.casework.projection.EventLog;
import org.smesupport.casework.projection.ProjectionHarness;

class MatchingStatisticsProjectionTest {

    private static final Instant AT = Instant.parse("2021-03-01T00:00:00Z");

    private final EmbeddedMongo mongo = new EmbeddedMongo();
    private final MongoCollection<Document> statistics =
            mongo.database().getCollection(MatchingStatisticsProjection.COLLECTION);
    private final EventLog log = new EventLog();

    @AfterEach
    void stopMongo() {
        mongo.close();
    }

    @Test
    void countsEachFigureInTheFiscalYearOfItsDate() {
        new ProjectionHarness(projection()).deliver(history());

        Document fy2019 = year(2019);
        assertThat(fy2019.getLong("orderRequests")).isEqualTo(1L);
        assertThat(fy2019.getLong("supplierRegistrations")).isEqualTo(1L);
        assertThat(fy2019.getLong("introductions")).isEqualTo(1L);
        assertThat(fy2019.getLong("concluded")).as("corrected away in FY2020, taken from FY2019").isZero();
        assertThat(fy2019.getLong("initialOrderAmount")).isZero();

        Document fy2020 = year(2020);
        assertThat(fy2020.getInteger("fiscalYear")).isEqualTo(2020);
        assertThat(fy2020.getLong("orderRequests")).isEqualTo(1L);
        assertThat(fy2020.getLong("supplierRegistrations")).isEqualTo(2L);
        assertThat(fy2020.getLong("introductions")).isEqualTo(2L);
        // R-1 concluded at 800,000 corrected to 750,000; R-2 not concluded corrected to concluded at 1,000,000.
        assertThat(fy2020.getLong("concluded")).isEqualTo(2L);
        assertThat(fy2020.getLong("initialOrderAmount")).isEqualTo(1_750_000L);

        assertThat(year(2021).getLong("introductions")).isEqualTo(1L);
    }

    @Test
    void countsFairsInTheYearTheyStartIn() {
        new ProjectionHarness(projection()).deliver(history());

        List<Document> fairs = year(2020).getList("fairs", Document.class);
        assertThat(fairs).extracting(fair -> fair.getString("fairId")).containsExactly("F-1", "F-2");
        Document f1 = fairs.get(0);
        assertThat(f1.getString("name")).isEqualTo("Yokosuka");
        assertThat(f1.getString("startsOn")).isEqualTo("2020-07-27");
        assertThat(f1.get("sides", Document.class).get("ORDERING", Document.class))
                .isEqualTo(new Document("participants", 2L).append("answers", 2L).append("satisfied", 1L));
        assertThat(f1.get("sides", Document.class).get("SUPPLYING", Document.class))
                .isEqualTo(new Document("participants", 1L).append("answers", 1L).append("satisfied", 1L));
        assertThat(f1.getLong("meetings")).isEqualTo(2L);
        assertThat(fairs.get(1).getLong("meetings")).as("held in April 2021, counted with the fair").isEqualTo(1L);
        assertThat(statistics.find(new Document("_id", "matching:fair:F-2")).first().getInteger("fiscalYear"))
                .isEqualTo(2020);
    }

    @Test
    void redeliveryChangesNothingEvenWithoutTheCache() {
        List<TrackedEventMessage<?>> events = history();
        ProjectionHarness harness = new ProjectionHarness(projection());
        harness.deliver(events.subList(0, 7));
        harness.deliver(events.subList(7, events.size()));
        List<Document> once = statistics.find().into(new ArrayList<>());

        harness.deliver(events.subList(5, events.size()));
        new ProjectionHarness(projection()).deliver(events);

        assertThat(statistics.find().into(new ArrayList<>())).isEqualTo(once);
    }

    @Test
    void anEventFillingAGapIsCountedOnceThoughItsPositionIsNotNew() {
        ProjectionHarness harness = new ProjectionHarness(projection());
        TrackedEventMessage<?> later = log.appendAt(GapAwareTrackingToken.newInstance(101, new TreeSet<>(List.of(100L))),
                "O-8", received("O-8", LocalDate.of(2020, 8, 1)), AT);
        TrackedEventMessage<?> gapFiller = log.appendAt(GapAwareTrackingToken.newInstance(101, new TreeSet<>()),
                "O-9", received("O-9", LocalDate.of(2020, 8, 2)), AT);

        harness.deliver(List.of(later));
        harness.deliver(List.of(gapFiller));
        harness.deliver(List.of(later, gapFiller));

        assertThat(year(2020).getLong("orderRequests")).isEqualTo(2L);
    }

    @Test
    void resetEmptiesTheCollection() {
        ProjectionHarness harness = new ProjectionHarness(projection());
        harness.deliver(history());

        harness.reset();

        assertThat(statistics.countDocuments()).isZero();
    }

    private MatchingStatisticsProjection projection() {
        return new MatchingStatisticsProjection(mongo.database(), 100);
    }

    private Document year(int fiscalYear) {
        return statistics.find(new Document("_id", "matching:" + FiscalYear.of(fiscalYear))).first();
    }

    private List<TrackedEventMessage<?>> history() {
        SupplierProfile profile = profile(Set.of(Process.MACHINING), Region.KAWASAKI, 100);
        LocalDate fy2019Deal = LocalDate.of(2020, 3, 25);
        return List.of(
                log.append("S-0", registered("S-0", "S0", LocalDate.of(2019, 5, 1), profile), AT),
                log.append("O-0", received("O-0", LocalDate.of(2020, 3, 31)), AT),
                log.append("O-0", introduced("O-0", "R-0", "S-0", LocalDate.of(2020, 3, 20)), AT),
                log.append("O-0", concluded("O-0", "R-0", "S-0", 500_000, fy2019Deal), AT),
                log.append("S-1", registered("S-1", "S1", LocalDate.of(2020, 4, 1), profile), AT),
                log.append("S-2", registered("S-2", "S2", LocalDate.of(2021, 3, 31), profile), AT),
                log.append("O-1", received("O-1", LocalDate.of(2020, 4, 1)), AT),
                log.append("O-0", corrected("O-0", "R-0", "S-0", ReferralOutcome.CONCLUDED, 500_000,
                        ReferralOutcome.NOT_CONCLUDED, 0, fy2019Deal, LocalDate.of(2020, 4, 10)), AT),
                log.append("O-1", introduced("O-1", "R-1", "S-1", LocalDate.of(2020, 4, 10)), AT),
                log.append("O-1", introduced("O-1", "R-2", "S-2", LocalDate.of(2020, 4, 11)), AT),
                log.append("O-1", concluded("O-1", "R-1", "S-1", 800_000, LocalDate.of(2020, 5, 10)), AT),
                log.append("O-1", notConcluded("O-1", "R-2", "S-2", LocalDate.of(2020, 5, 12)), AT),
                log.append("O-1", corrected("O-1", "R-2", "S-2", ReferralOutcome.NOT_CONCLUDED, 0,
                        ReferralOutcome.CONCLUDED, 1_000_000, LocalDate.of(2020, 5, 12), LocalDate.of(2021, 4, 2)), AT),
                log.append("O-1", corrected("O-1", "R-1", "S-1", ReferralOutcome.CONCLUDED, 800_000,
                        ReferralOutcome.CONCLUDED, 750_000, LocalDate.of(2020, 5, 10), LocalDate.of(2020, 6, 1)), AT),
                log.append("O-1", introduced("O-1", "R-3", "S-1", LocalDate.of(2021, 4, 1)), AT),
                log.append("F-1", planned("F-1", "Yokosuka", LocalDate.of(2020, 7, 27)), AT),
                log.append("F-1", participant("F-1", "P-1", FairSide.ORDERING), AT),
                log.append("F-1", participant("F-1", "P-2", FairSide.ORDERING), AT),
                log.append("F-1", participant("F-1", "P-3", FairSide.SUPPLYING), AT),
                log.append("F-1", answer("F-1", "P-1", FairSide.ORDERING, true), AT),
                log.append("F-1", answer("F-1", "P-2", FairSide.ORDERING, false), AT),
                log.append("F-1", answer("F-1", "P-3", FairSide.SUPPLYING, true), AT),
                log.append("F-1", meeting("F-1", "M-1", LocalDate.of(2020, 7, 28)), AT),
                log.append("F-1", meeting("F-1", "M-2", LocalDate.of(2020, 7, 29)), AT),
                log.append("F-2", planned("F-2", "Yokohama", LocalDate.of(2021, 3, 25)), AT),
                log.append("F-2", meeting("F-2", "M-1", LocalDate.of(2021, 4, 2)), AT));
    }
}
