package org.smesupport.casework.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoCollection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.smesupport.casework.company.CompanyId;
import org.smesupport.casework.projection.EmbeddedMongo;
import org.smesupport.casework.projection.EventLog;
import org.smesupport.casework.projection.ProjectionHarness;

class ConsultationCaseProjectionTest {

    private static final ConsultationCaseId CASE = ConsultationCaseId.of("K-1");
    private static final Instant AT = Instant.parse("2020-05-11T00:30:00Z");
    private static final Map<String, String> CASEWORKER = Map.of("user", "sato", "role", "CASEWORKER");

    private final EmbeddedMongo mongo = new EmbeddedMongo();
    private final MongoCollection<Document> cases = mongo.database().getCollection(ConsultationCaseProjection.COLLECTION);
    private final MongoCollection<Document> pages = mongo.database().getCollection(ConsultationTimeline.COLLECTION);
    private final EventLog log = new EventLog();

    @AfterEach
    void stopMongo() {
        mongo.close();
    }

    @Test
    void followsTheCaseThroughItsLifecycle() {
        new ProjectionHarness(projection()).deliver(lifecycle());

        Document consultation = theCase();
        assertThat(consultation.getString("companyId")).isEqualTo("C-1");
        assertThat(consultation.getString("desk")).isEqualTo("SUBCONTRACTING");
        assertThat(consultation.getString("subject")).isEqualTo("Late payment by a customer");
        assertThat(consultation.getString("status")).isEqualTo("OPEN");
        assertThat(consultation.getString("caseworker")).isEqualTo("suzuki");
        assertThat(consultation.getString("openedOn")).isEqualTo("2020-05-11");
        assertThat(consultation.getString("closedOn")).isNull();
        assertThat(consultation.getString("outcome")).isNull();
        assertThat(consultation.getInteger("sessionCount")).isEqualTo(2);
        assertThat(consultation.getInteger("dispatchCount")).isEqualTo(1);
        assertThat(consultation.getString("lastActivityOn")).isEqualTo("2020-07-01");
        assertThat(consultation.getLong("version")).isEqualTo(6L);
        assertThat(consultation).as("the timeline lives in its pages").doesNotContainKey("timeline");

        Document page = page(0);
        assertThat(page.getString("caseId")).isEqualTo("K-1");
        assertThat(page.getLong("page")).isZero();
        List<Document> timeline = page.getList("entries", Document.class);
        assertThat(timeline).extracting(entry -> entry.getString("type")).containsExactly(
                "OPENED", "ASSIGNED", "SESSION_RECORDED", "SESSION_RECORDED", "EXPERT_DISPATCHED", "CLOSED", "REOPENED");
        assertThat(timeline).extracting(entry -> entry.getLong("sequence")).containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L);
        Document assigned = timeline.get(1);
        assertThat(assigned.getString("date")).as("business date from metadata").isEqualTo("2020-05-12");
        assertThat(assigned.getString("user")).isEqualTo("sato");
        assertThat(assigned.getString("role")).isEqualTo("CASEWORKER");
        Document backDatedSession = timeline.get(3);
        assertThat(backDatedSession.getString("date")).isEqualTo("2020-05-20");
        assertThat(backDatedSession.get("details", Document.class).getBoolean("lawyerConsultation")).isTrue();
        assertThat(timeline.get(6).getString("reason")).isEqualTo("client asked again");
        assertThat(pages.countDocuments()).isEqualTo(1);
    }

    @Test
    void aLongTimelineContinuesOnTheNextPage() {
        List<TrackedEventMessage<?>> events = new ArrayList<>(lifecycle());
        for (int number = 3; events.size() < ConsultationTimeline.PAGE_SIZE + 5; number++) {
            events.add(log.append(CASE.value(), session(number, LocalDate.of(2020, 8, 1), false), AT, CASEWORKER));
        }
        // The first page fills up across two batches.
        ProjectionHarness harness = new ProjectionHarness(projection());
        harness.deliver(events.subList(0, ConsultationTimeline.PAGE_SIZE - 2));
        harness.deliver(events.subList(ConsultationTimeline.PAGE_SIZE - 2, events.size()));
        Document caseOnce = theCase();
        new ProjectionHarness(projection()).deliver(events);

        assertThat(page(0).getList("entries", Document.class)).extracting(entry -> entry.getLong("sequence"))
                .containsExactlyElementsOf(sequences(0, ConsultationTimeline.PAGE_SIZE));
        Document second = page(1);
        assertThat(second.getLong("page")).isEqualTo(1L);
        assertThat(second.getList("entries", Document.class)).extracting(entry -> entry.getLong("sequence"))
                .containsExactlyElementsOf(sequences(ConsultationTimeline.PAGE_SIZE, events.size()));
        assertThat(pages.countDocuments()).isEqualTo(2);
        assertThat(caseOnce.getLong("version")).isEqualTo(events.size() - 1L);
        assertThat(caseOnce.getInteger("sessionCount")).isEqualTo(events.size() - 5);
        assertThat(theCase()).as("unchanged by the redelivery").isEqualTo(caseOnce);
    }

    @Test
    void closingSetsStatusDateAndOutcome() {
        new ProjectionHarness(projection()).deliver(lifecycle().subList(0, 6));

        Document consultation = theCase();
        assertThat(consultation.getString("status")).isEqualTo("CLOSED");
        assertThat(consultation.getString("closedOn")).isEqualTo("2020-07-01");
        assertThat(consultation.getString("outcome")).isEqualTo("RESOLVED");
    }

    @Test
    void overlappingRedeliveryAppliesEachEventOnce() {
        List<TrackedEventMessage<?>> events = lifecycle();
        ProjectionHarness harness = new ProjectionHarness(projection());
        harness.deliver(events.subList(0, 4));
        harness.deliver(events.subList(2, 7));
        Document once = theCase();
        Document pageOnce = page(0);

        harness.deliver(events);
        new ProjectionHarness(projection()).deliver(events);

        assertThat(once.getInteger("sessionCount")).isEqualTo(2);
        assertThat(pageOnce.getList("entries", Document.class)).hasSize(7);
        assertThat(theCase()).isEqualTo(once);
        assertThat(page(0)).isEqualTo(pageOnce);
    }

    @Test
    void aPageWrittenAheadOfItsCaseGetsNoStepTwice() {
        List<TrackedEventMessage<?>> events = lifecycle();
        new ProjectionHarness(projection()).deliver(events.subList(0, 4));
        Document caseBefore = theCase();
        new ProjectionHarness(projection()).deliver(events.subList(4, 7));
        Document caseAfter = theCase();
        Document pageAfter = page(0);

        // As if the batch failed after writing the page but before writing the case.
        cases.replaceOne(new Document("_id", CASE.value()), caseBefore);
        new ProjectionHarness(projection()).deliver(events.subList(4, 7));

        assertThat(page(0)).isEqualTo(pageAfter);
        assertThat(theCase()).isEqualTo(caseAfter);
    }

    @Test
    void aCaseWrittenAheadOfItsPageGetsItsStepsBack() {
        List<TrackedEventMessage<?>> events = lifecycle();
        new ProjectionHarness(projection()).deliver(events.subList(0, 4));
        Document pageBefore = page(0);
        new ProjectionHarness(projection()).deliver(events.subList(4, 7));
        Document caseAfter = theCase();
        Document pageAfter = page(0);

        // As if the batch failed after writing the case but before writing the page.
        pages.replaceOne(new Document("_id", CASE.value() + "#0"), pageBefore);
        new ProjectionHarness(projection()).deliver(events.subList(4, 7));

        assertThat(page(0)).isEqualTo(pageAfter);
        assertThat(theCase()).isEqualTo(caseAfter);
    }

    @Test
    void aRolledBackBatchLeavesNoTraceInTheCache() {
        List<TrackedEventMessage<?>> events = lifecycle();
        ProjectionHarness harness = new ProjectionHarness(projection());
        harness.deliver(events.subList(0, 2));

        harness.deliverAndFail(events.subList(2, 4));
        assertThat(theCase().getInteger("sessionCount")).isZero();

        harness.deliver(events.subList(2, 4));
        assertThat(theCase().getInteger("sessionCount")).isEqualTo(2);
        assertThat(page(0).getList("entries", Document.class)).hasSize(4);
    }

    @Test
    void resetEmptiesBothCollections() {
        ProjectionHarness harness = new ProjectionHarness(projection());
        harness.deliver(lifecycle());

        harness.reset();

        assertThat(cases.countDocuments()).isZero();
        assertThat(pages.countDocuments()).isZero();
    }

    private ConsultationCaseProjection projection() {
        return new ConsultationCaseProjection(mongo.database(), 100);
    }

    private Document theCase() {
        return cases.find(new Document("_id", CASE.value())).first();
    }

    private Document page(int number) {
        return pages.find(new Document("_id", CASE.value() + "#" + number)).first();
    }

    private static List<Long> sequences(long from, long to) {
        return LongStream.range(from, to).boxed().toList();
    }

    private List<TrackedEventMessage<?>> lifecycle() {
        List<TrackedEventMessage<?>> events = new ArrayList<>();
        events.add(log.append(CASE.value(), new ConsultationCaseOpenedEvent(CASE, CompanyId.of("C-1"),
                Desk.SUBCONTRACTING, "Late payment by a customer", LocalDate.of(2020, 5, 11)), AT, CASEWORKER));
        events.add(log.append(CASE.value(), new ConsultationCaseAssignedEvent(CASE, "suzuki", null), AT,
                Map.of("user", "sato", "role", "CASEWORKER", "businessDate", "2020-05-12")));
        events.add(log.append(CASE.value(), session(1, LocalDate.of(2020, 6, 1), false), AT, CASEWORKER));
        events.add(log.append(CASE.value(), session(2, LocalDate.of(2020, 5, 20), true), AT, CASEWORKER));
        events.add(log.append(CASE.value(), new ExpertDispatchRecordedEvent(CASE, 1, Desk.SUBCONTRACTING,
                LocalDate.of(2020, 6, 15), ExpertDispatchKind.MANAGEMENT_ADVISOR, "Tanaka", "cash flow"), AT, CASEWORKER));
        events.add(log.append(CASE.value(), new ConsultationCaseClosedEvent(CASE, LocalDate.of(2020, 7, 1),
                CaseOutcome.RESOLVED, "paid"), AT, CASEWORKER));
        events.add(log.append(CASE.value(), new ConsultationCaseReopenedEvent(CASE, LocalDate.of(2020, 6, 30),
                "client asked again"), AT, Map.of("user", "sato", "role", "SUPERVISOR", "reason", "client asked again")));
        return events;
    }

    private static ConsultationSessionRecordedEvent session(int number, LocalDate heldOn, boolean lawyer) {
        return new ConsultationSessionRecordedEvent(CASE, number, Desk.SUBCONTRACTING, heldOn,
                ConsultationCategory.TRADE, "Yamada", 60, "notes", lawyer);
    }
}
