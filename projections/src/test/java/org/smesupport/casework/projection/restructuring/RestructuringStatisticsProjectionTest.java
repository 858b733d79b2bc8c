package org.smesupport.casework.projection.restructuring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smesupport.casework.api.restructuring.ImprovementSubsidyKind.EARLY_IMPROVEMENT_PLAN;
import static org.smesupport.casework.api.restructuring.ImprovementSubsidyKind.IMPROVEMENT_PLAN;
import static org.smesupport.casework.api.restructuring.ImprovementSubsidyStep.PAYMENT_APPLICATION_DECIDED;
import static org.smesupport.casework.api.restructuring.ImprovementSubsidyStep.USAGE_APPLICATION_DECIDED;
import static org.smesupport.casework.api.restructuring.ImprovementSubsidyStep.USAGE_APPLICATION_RECEIVED;
import static org.smesupport.casework.api.restructuring.RestructuringStage.FIRST_RESPONSE;
import static org.smesupport.casework.api.restructuring.RestructuringStage.PLAN_DRAFTING;
import static org.smesupport.casework.api.restructuring.RestructuringStage.SECOND_STAGE;
import static org.smesupport.casework.projection.restructuring.RestructuringEvents.advanced;
import static org.smesupport.casework.projection.restructuring.RestructuringEvents.completed;
import static org.smesupport.casework.projection.restructuring.RestructuringEvents.ended;
import static org.smesupport.casework.projection.restructuring.RestructuringEvents.opened;
import static org.smesupport.casework.projection.restructuring.RestructuringEvents.special;
import static org.smesupport.casework.projection.restructuring.RestructuringEvents.step;

import com.mongodb.client.MongoCollection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.smesupport.casework.api.common.FiscalYear;
import org.smesupport.casework.api.company.CompanyId;
import org.smesupport.casework.api.succession.DealParty;
import org.smesupport.casework.api.succession.SuccessionCaseId;
import org.smesupport.casework.api.succession.SuccessionCaseOpenedEvent;
import org.smesupport.casework.api.succession.SuccessionDealConcludedEvent;
import org.smesupport.casework.api.succession.SuccessionDealCorrectedEvent;
import org.smesupport.casework.api.succession.SuccessionDealId;
import org.smesupport.casework.api.succession.SuccessionDiagnosedEvent;
import org.smesupport.casework.api.succession.SuccessionPlanRecordedEvent;
import org.smesupport.casework.api.succession.SuccessionSide;
import org.smesupport.casework.projection.EmbeddedMongo;
import org.smesupport.casework.projection.EventLog;
import org.smesupport.casework.projection.ProjectionHarness;

class RestructuringStatisticsProjectionTest {

    private static final Instant AT = Instant.parse("2021-03-01T00:00:00Z");

    private final EmbeddedMongo mongo = new EmbeddedMongo();
    private final MongoCollection<Document> statistics =
            mongo.database().getCollection(RestructuringStatisticsProjection.COLLECTION);
    private final EventLog log = new EventLog();

    @AfterEach
    void stopMongo() {
        mongo.close();
    }

    /**
     * R-1 starts drafting in FY2019 and completes in FY2020: in drafting at FY2019's end, completed in FY2020.
     * R-2 starts and completes drafting within FY2020 (net zero at the year's end); R-3 starts drafting in FY2020
     * and is still drafting at its end; R-4 ends while drafting in FY2020.
     */
    @Test
    void keepsDraftingAsFlowsWhoseRunningSumIsTheYearEndCount() {
        new ProjectionHarness(projection()).deliver(pipeline());

        Document fy2019 = year(2019);
        assertThat(fy2019.getLong("opened")).isEqualTo(2L);
        assertThat(fy2019.getLong("secondStage")).isEqualTo(2L);
        assertThat(fy2019.getLong("draftingStarted")).isEqualTo(2L);
        assertThat(fy2019.getLong("draftingLeft")).isZero();
        assertThat(fy2019.getLong("completed")).isZero();

        Document fy2020 = year(2020);
        assertThat(fy2020.getLong("opened")).isEqualTo(2L);
        assertThat(fy2020.getLong("secondStage")).isEqualTo(2L);
        assertThat(fy2020.getLong("draftingStarted")).isEqualTo(2L);
        assertThat(fy2020.getLong("draftingLeft")).as("R-1 and R-2 completed, R-4 ended while drafting").isEqualTo(3L);
        assertThat(fy2020.getLong("completed")).isEqualTo(2L);
        assertThat(fy2020.getLong("drastic")).isEqualTo(1L);
        assertThat(fy2020.getLong("specialReschedulings")).isEqualTo(1L);
        // Year ends: FY2019 2 − 0 = 2; FY2020 2 + (2 − 3) = 1.
        assertThat(fy2019.getLong("draftingStarted") - fy2019.getLong("draftingLeft")).isEqualTo(2L);
        assertThat(fy2019.getLong("draftingStarted") - fy2019.getLong("draftingLeft")
                + fy2020.getLong("draftingStarted") - fy2020.getLong("draftingLeft")).isEqualTo(1L);
    }

    @Test
    void aCorrectedDealMovesItsHalvesToTheYearItIsNowConcludedIn() {
        List<TrackedEventMessage<?>> events = new ArrayList<>(successionAndSubsidies());
        // D-2 was concluded on 1 April 2021, not 31 March, and its counterpart is in the prefecture after all
        events.add(log.append("D-2", new SuccessionDealCorrectedEvent(SuccessionDealId.of("D-2"),
                new DealParty(SuccessionCaseId.of("SC-3"), "Seller 2 KK", true), new DealParty(null, "Yokohama Holdings", true),
                LocalDate.of(2021, 4, 1), 2, LocalDate.of(2021, 3, 31), 1, "日付の誤記", LocalDate.of(2021, 4, 5)), AT));
        // D-1 corrected within its year: one change of that year's halves
        events.add(log.append("D-1", new SuccessionDealCorrectedEvent(SuccessionDealId.of("D-1"),
                new DealParty(SuccessionCaseId.of("SC-1"), "Seller KK", true), new DealParty(SuccessionCaseId.of("SC-2"), "Buyer KK", true),
                LocalDate.of(2020, 9, 2), 2, LocalDate.of(2020, 9, 1), 2, "日付の誤記", LocalDate.of(2020, 9, 5)), AT));

        new ProjectionHarness(projection()).deliver(events);

        assertThat(year(2020).getLong("dealHalves")).isEqualTo(2L);
        assertThat(year(2021).getLong("dealHalves")).isEqualTo(2L);
    }

    @Test
    void countsDealsInHalvesAndSubsidyStepsByTheirDates() {
        new ProjectionHarness(projection()).deliver(successionAndSubsidies());

        Document fy2020 = year(2020);
        assertThat(fy2020.get("successionConsultations", Document.class))
                .isEqualTo(new Document("SELLER", 2L).append("BUYER", 1L).append("CLOSURE", 0L));
        assertThat(fy2020.getLong("dealHalves")).as("two in-prefecture firms 2, one out-of-prefecture 1").isEqualTo(3L);
        assertThat(fy2020.getLong("successionDiagnoses")).isEqualTo(1L);
        assertThat(fy2020.getLong("successionPlans")).isEqualTo(1L);
        assertThat(year(2019).getLong("successionDiagnoses")).isEqualTo(1L);
        Document steps = fy2020.get("subsidySteps", Document.class);
        assertThat(steps.get("IMPROVEMENT_PLAN", Document.class).getLong("USAGE_APPLICATION_RECEIVED")).isEqualTo(2L);
        assertThat(steps.get("IMPROVEMENT_PLAN", Document.class).getLong("USAGE_APPLICATION_DECIDED"))
                .as("a refused decision is a decision made").isEqualTo(2L);
        assertThat(steps.get("IMPROVEMENT_PLAN", Document.class).getLong("PAYMENT_APPLICATION_DECIDED")).isEqualTo(1L);
        assertThat(steps.get("EARLY_IMPROVEMENT_PLAN", Document.class).getLong("PAYMENT_APPLICATION_DECIDED")).isEqualTo(1L);
        // The capped ¥2,000,000 (cost ¥3,600,000) and ¥166,666 (cost ¥250,000).
        assertThat(fy2020.get("subsidiesDecided", Document.class))
                .isEqualTo(new Document("IMPROVEMENT_PLAN", 2_000_000L).append("EARLY_IMPROVEMENT_PLAN", 166_666L));
    }

    @Test
    void redeliveryChangesNothingEvenWithoutTheCache() {
        List<TrackedEventMessage<?>> events = new ArrayList<>(pipeline());
        events.addAll(successionAndSubsidies());
        ProjectionHarness harness = new ProjectionHarness(projection());
        harness.deliver(events.subList(0, 10));
        harness.deliver(events.subList(10, events.size()));
        List<Document> once = statistics.find().into(new ArrayList<>());

        harness.deliver(events.subList(6, events.size()));
        new ProjectionHarness(new RestructuringStatisticsProjection(mongo.database(), 0)).deliver(events);

        assertThat(statistics.find().into(new ArrayList<>())).isEqualTo(once);
    }

    @Test
    void anEventFillingAGapIsCountedOnceThoughItsPositionIsNotNew() {
        ProjectionHarness harness = new ProjectionHarness(projection());
        TrackedEventMessage<?> later = log.appendAt(GapAwareTrackingToken.newInstance(101, new TreeSet<>(List.of(100L))),
                "R-8", opened("R-8", LocalDate.of(2020, 8, 1)), AT);
        TrackedEventMessage<?> gapFiller = log.appendAt(GapAwareTrackingToken.newInstance(101, new TreeSet<>()),
                "R-9", opened("R-9", LocalDate.of(2020, 8, 2)), AT);

        harness.deliver(List.of(later));
        harness.deliver(List.of(gapFiller));
        harness.deliver(List.of(later, gapFiller));

        assertThat(year(2020).getLong("opened")).isEqualTo(2L);
    }

    @Test
    void resetEmptiesTheCollection() {
        ProjectionHarness harness = new ProjectionHarness(projection());
        harness.deliver(pipeline());

        harness.reset();

        assertThat(statistics.countDocuments()).isZero();
    }

    private RestructuringStatisticsProjection projection() {
        return new RestructuringStatisticsProjection(mongo.database(), 100);
    }

    private Document year(int fiscalYear) {
        return statistics.find(new Document("_id", "restructuring:" + FiscalYear.of(fiscalYear))).first();
    }

    private List<TrackedEventMessage<?>> pipeline() {
        return List.of(
                log.append("R-1", opened("R-1", LocalDate.of(2019, 6, 1)), AT),
                log.append("R-1", advanced("R-1", FIRST_RESPONSE, SECOND_STAGE, LocalDate.of(2019, 7, 1)), AT),
                log.append("R-1", advanced("R-1", SECOND_STAGE, PLAN_DRAFTING, LocalDate.of(2020, 3, 31)), AT),
                log.append("R-4", opened("R-4", LocalDate.of(2019, 6, 2)), AT),
                log.append("R-4", advanced("R-4", FIRST_RESPONSE, SECOND_STAGE, LocalDate.of(2019, 8, 1)), AT),
                log.append("R-4", advanced("R-4", SECOND_STAGE, PLAN_DRAFTING, LocalDate.of(2019, 9, 1)), AT),
                log.append("R-1", completed("R-1", LocalDate.of(2020, 4, 1), true), AT),
                log.append("R-2", opened("R-2", LocalDate.of(2020, 4, 2)), AT),
                log.append("R-2", special("R-2", LocalDate.of(2020, 4, 3)), AT),
                log.append("R-2", advanced("R-2", FIRST_RESPONSE, SECOND_STAGE, LocalDate.of(2020, 5, 1)), AT),
                log.append("R-2", advanced("R-2", SECOND_STAGE, PLAN_DRAFTING, LocalDate.of(2020, 6, 1)), AT),
                log.append("R-2", completed("R-2", LocalDate.of(2021, 3, 31), false), AT),
                log.append("R-3", opened("R-3", LocalDate.of(2020, 5, 1)), AT),
                log.append("R-3", advanced("R-3", FIRST_RESPONSE, SECOND_STAGE, LocalDate.of(2020, 6, 1)), AT),
                log.append("R-3", advanced("R-3", SECOND_STAGE, PLAN_DRAFTING, LocalDate.of(2020, 7, 1)), AT),
                log.append("R-4", ended("R-4", PLAN_DRAFTING, LocalDate.of(2020, 10, 1)), AT));
    }

    private List<TrackedEventMessage<?>> successionAndSubsidies() {
        SuccessionCaseId seller = SuccessionCaseId.of("SC-1");
        return List.of(
                log.append("SC-1", new SuccessionCaseOpenedEvent(seller, CompanyId.of("C-1"), SuccessionSide.SELLER,
                        LocalDate.of(2020, 4, 1), true), AT),
                log.append("SC-2", new SuccessionCaseOpenedEvent(SuccessionCaseId.of("SC-2"), CompanyId.of("C-2"),
                        SuccessionSide.BUYER, LocalDate.of(2020, 4, 1), true), AT),
                log.append("SC-3", new SuccessionCaseOpenedEvent(SuccessionCaseId.of("SC-3"), CompanyId.of("C-3"),
                        SuccessionSide.SELLER, LocalDate.of(2021, 3, 31), true), AT),
                log.append("SC-1", new SuccessionDiagnosedEvent(seller, LocalDate.of(2020, 3, 1)), AT),
                log.append("SC-1", new SuccessionDiagnosedEvent(seller, LocalDate.of(2020, 5, 1)), AT),
                log.append("SC-1", new SuccessionPlanRecordedEvent(seller, LocalDate.of(2020, 6, 1)), AT),
                log.append("D-1", new SuccessionDealConcludedEvent(SuccessionDealId.of("D-1"),
                        new DealParty(seller, "Seller KK", true), new DealParty(SuccessionCaseId.of("SC-2"), "Buyer KK", true),
                        LocalDate.of(2020, 9, 1), 2), AT),
                log.append("D-2", new SuccessionDealConcludedEvent(SuccessionDealId.of("D-2"),
                        new DealParty(SuccessionCaseId.of("SC-3"), "Seller 2 KK", true),
                        new DealParty(null, "Tokyo Holdings", false), LocalDate.of(2021, 3, 31), 1), AT),
                log.append("S-1", step("S-1", IMPROVEMENT_PLAN, USAGE_APPLICATION_RECEIVED, null, null, LocalDate.of(2020, 5, 1)), AT),
                log.append("S-1", step("S-1", IMPROVEMENT_PLAN, USAGE_APPLICATION_DECIDED, true, null, LocalDate.of(2020, 5, 20)), AT),
                log.append("S-1", step("S-1", IMPROVEMENT_PLAN, PAYMENT_APPLICATION_DECIDED, true, 3_600_000L, LocalDate.of(2020, 9, 30)), AT),
                log.append("S-3", step("S-3", IMPROVEMENT_PLAN, USAGE_APPLICATION_RECEIVED, null, null, LocalDate.of(2020, 6, 1)), AT),
                log.append("S-3", step("S-3", IMPROVEMENT_PLAN, USAGE_APPLICATION_DECIDED, false, null, LocalDate.of(2020, 6, 20)), AT),
                log.append("S-2", step("S-2", EARLY_IMPROVEMENT_PLAN, PAYMENT_APPLICATION_DECIDED, true, 250_000L, LocalDate.of(2020, 8, 1)), AT));
    }
}
