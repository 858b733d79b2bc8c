package org.smesupport.casework.projection.restructuring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smesupport.casework.api.restructuring.ImprovementSubsidyKind.EARLY_IMPROVEMENT_PLAN;
import static org.smesupport.casework.api.restructuring.ImprovementSubsidyKind.IMPROVEMENT_PLAN;
import static org.smesupport.casework.api.restructuring.ImprovementSubsidyStep.PAYMENT_APPLICATION_DECIDED;
import static org.smesupport.casework.api.restructuring.ImprovementSubsidyStep.PAYMENT_APPLICATION_RECEIVED;
import static org.smesupport.casework.api.restructuring.ImprovementSubsidyStep.USAGE_APPLICATION_DECIDED;
import static org.smesupport.casework.api.restructuring.ImprovementSubsidyStep.USAGE_APPLICATION_RECEIVED;
import static org.smesupport.casework.projection.restructuring.RestructuringEvents.step;

import com.mongodb.client.MongoCollection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.smesupport.casework.projection.EmbeddedMongo;
import org.smesupport.casework.projection.EventLog;
import org.smesupport.casework.projection.ProjectionHarness;

class ImprovementSubsidyProjectionTest {

    private static final Instant AT = Instant.parse("2020-10-01T00:00:00Z");

    private final EmbeddedMongo mongo = new EmbeddedMongo();
    private final MongoCollection<Document> subsidies =
            mongo.database().getCollection(ImprovementSubsidyProjection.COLLECTION);
    private final EventLog log = new EventLog();

    @AfterEach
    void stopMongo() {
        mongo.close();
    }

    @Test
    void keepsTheStepsAndTheFiguresWithTheCapApplied() {
        new ProjectionHarness(projection()).deliver(history());

        // ¥3,600,000 × 2/3 = ¥2,400,000, over the ¥2,000,000 cap.
        Document capped = subsidies.find(new Document("_id", "S-1")).first();
        assertThat(capped.getString("kind")).isEqualTo("IMPROVEMENT_PLAN");
        assertThat(capped.getLong("cost")).isEqualTo(3_600_000L);
        assertThat(capped.getLong("twoThirds")).isEqualTo(2_400_000L);
        assertThat(capped.getLong("cap")).isEqualTo(2_000_000L);
        assertThat(capped.getLong("subsidy")).isEqualTo(2_000_000L);
        assertThat(capped.getString("lastStep")).isEqualTo("PAYMENT_APPLICATION_DECIDED");
        assertThat(capped.getList("steps", Document.class)).extracting(s -> s.getString("step"))
                .containsExactly("USAGE_APPLICATION_RECEIVED", "USAGE_APPLICATION_DECIDED", "PAYMENT_APPLICATION_RECEIVED",
                        "PAYMENT_APPLICATION_DECIDED");
        assertThat(capped.getBoolean("refused")).isFalse();

        // ¥250,000 × 2/3 = ¥166,666 (floored), under the ¥200,000 cap.
        Document early = subsidies.find(new Document("_id", "S-2")).first();
        assertThat(early.getLong("twoThirds")).isEqualTo(166_666L);
        assertThat(early.getLong("subsidy")).isEqualTo(166_666L);

        Document refused = subsidies.find(new Document("_id", "S-3")).first();
        assertThat(refused.getBoolean("refused")).isTrue();
        assertThat(refused.get("cost")).isNull();
    }

    @Test
    void redeliveryAndResetBehave() {
        List<TrackedEventMessage<?>> events = history();
        ProjectionHarness harness = new ProjectionHarness(projection());
        harness.deliver(events);
        List<Document> once = subsidies.find().into(new ArrayList<>());

        harness.deliver(events.subList(2, events.size()));
        new ProjectionHarness(new ImprovementSubsidyProjection(mongo.database(), 0)).deliver(events);
        assertThat(subsidies.find().into(new ArrayList<>())).isEqualTo(once);

        harness.reset();
        assertThat(subsidies.countDocuments()).isZero();
    }

    private ImprovementSubsidyProjection projection() {
        return new ImprovementSubsidyProjection(mongo.database(), 100);
    }

    private List<TrackedEventMessage<?>> history() {
        return List.of(
                log.append("S-1", step("S-1", IMPROVEMENT_PLAN, USAGE_APPLICATION_RECEIVED, null, null, LocalDate.of(2020, 5, 1)), AT),
                log.append("S-1", step("S-1", IMPROVEMENT_PLAN, USAGE_APPLICATION_DECIDED, true, null, LocalDate.of(2020, 5, 20)), AT),
                log.append("S-1", step("S-1", IMPROVEMENT_PLAN, PAYMENT_APPLICATION_RECEIVED, null, 3_600_000L, LocalDate.of(2020, 9, 1)), AT),
                log.append("S-1", step("S-1", IMPROVEMENT_PLAN, PAYMENT_APPLICATION_DECIDED, true, 3_600_000L, LocalDate.of(2020, 9, 30)), AT),
                log.append("S-2", step("S-2", EARLY_IMPROVEMENT_PLAN, USAGE_APPLICATION_RECEIVED, null, null, LocalDate.of(2020, 6, 1)), AT),
                log.append("S-2", step("S-2", EARLY_IMPROVEMENT_PLAN, PAYMENT_APPLICATION_RECEIVED, null, 250_000L, LocalDate.of(2020, 8, 1)), AT),
                log.append("S-3", step("S-3", IMPROVEMENT_PLAN, USAGE_APPLICATION_RECEIVED, null, null, LocalDate.of(2020, 6, 1)), AT),
                log.append("S-3", step("S-3", IMPROVEMENT_PLAN, USAGE_APPLICATION_DECIDED, false, null, LocalDate.of(2020, 6, 20)), AT));
    }
}
