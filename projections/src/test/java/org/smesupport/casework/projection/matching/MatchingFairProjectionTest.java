package org.smesupport.casework.projection.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smesupport.casework.projection.matching.MatchingEvents.answer;
import static org.smesupport.casework.projection.matching.MatchingEvents.meeting;
import static org.smesupport.casework.projection.matching.MatchingEvents.participant;
import static org.smesupport.casework.projection.matching.MatchingEvents.planned;

import com.mongodb.client.MongoCollection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.smesupport.casework.api.matching.FairSide;
import org.smesupport.casework.projection.EmbeddedMongo;
import org.smesupport.casework.projection.EventLog;
import org.smesupport.casework.projection.ProjectionHarness;

class MatchingFairProjectionTest {

    private static final Instant AT = Instant.parse("2021-03-01T00:00:00Z");

    private final EmbeddedMongo mongo = new EmbeddedMongo();
    private final MongoCollection<Document> fairs = mongo.database().getCollection(MatchingFairProjection.COLLECTION);
    private final EventLog log = new EventLog();

    @AfterEach
    void stopMongo() {
        mongo.close();
    }

    @Test
    void countsParticipantsAnswersAndMeetingsBySide() {
        new ProjectionHarness(projection()).deliver(history());

        Document fair = fairs.find(new Document("_id", "F-1")).first();
        assertThat(fair.getString("name")).isEqualTo("オンライン商談会（横浜）");
        assertThat(fair.getString("startsOn")).isEqualTo("2021-02-15");
        assertThat(fair.getInteger("fiscalYear")).as("February 2021 is in FY2020").isEqualTo(2020);
        assertThat(fair.getString("format")).isEqualTo("ONLINE");
        Document ordering = fair.get("sides", Document.class).get("ORDERING", Document.class);
        assertThat(ordering).isEqualTo(new Document("participants", 2L).append("answers", 2L).append("satisfied", 1L));
        Document supplying = fair.get("sides", Document.class).get("SUPPLYING", Document.class);
        assertThat(supplying).isEqualTo(new Document("participants", 1L).append("answers", 0L).append("satisfied", 0L));
        assertThat(fair.getLong("meetings")).isEqualTo(2L);
        assertThat(fair.getList("participants", Document.class))
                .extracting(participant -> participant.get("satisfied"))
                .containsExactly(true, false, null);
        assertThat(fair.getLong("version")).isEqualTo(7L);
    }

    @Test
    void redeliveryChangesNothingAndResetEmptiesTheCollection() {
        List<TrackedEventMessage<?>> events = history();
        ProjectionHarness harness = new ProjectionHarness(projection());
        harness.deliver(events);
        List<Document> once = fairs.find().into(new ArrayList<>());

        new ProjectionHarness(projection()).deliver(events.subList(3, events.size()));
        assertThat(fairs.find().into(new ArrayList<>())).isEqualTo(once);

        harness.reset();
        assertThat(fairs.countDocuments()).isZero();
    }

    private MatchingFairProjection projection() {
        return new MatchingFairProjection(mongo.database(), 100);
    }

    private List<TrackedEventMessage<?>> history() {
        LocalDate startsOn = LocalDate.of(2021, 2, 15);
        return List.of(
                log.append("F-1", planned("F-1", "オンライン商談会（横浜）", startsOn), AT),
                log.append("F-1", participant("F-1", "P-1", FairSide.ORDERING), AT),
                log.append("F-1", participant("F-1", "P-2", FairSide.ORDERING), AT),
                log.append("F-1", participant("F-1", "P-3", FairSide.SUPPLYING), AT),
                log.append("F-1", answer("F-1", "P-1", FairSide.ORDERING, true), AT),
                log.append("F-1", answer("F-1", "P-2", FairSide.ORDERING, false), AT),
                log.append("F-1", meeting("F-1", "M-1", startsOn), AT),
                log.append("F-1", meeting("F-1", "M-2", startsOn.plusDays(1)), AT));
    }
}
