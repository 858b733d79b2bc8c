package org.smesupport.casework.projection.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smesupport.casework.projection.TimelinePages.PAGE_SIZE;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
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
import org.smesupport.casework.api.company.CompanyId;
import org.smesupport.casework.api.consultation.CaseOutcome;
import org.smesupport.casework.api.consultation.ConsultationCaseAssignedEvent;
import org.smesupport.casework.api.consultation.ConsultationCaseClosedEvent;
import org.smesupport.casework.api.consultation.ConsultationCaseId;
import org.smesupport.casework.api.consultation.ConsultationCaseOpenedEvent;
import org.smesupport.casework.api.consultation.ConsultationCaseReopenedEvent;
import org.smesupport.casework.api.consultation.ConsultationCategory;
import org.smesupport.casework.api.consultation.ConsultationSessionRecordedEvent;
import org.smesupport.casework.api.consultation.Desk;
import org.smesupport.casework.api.consultation.ExpertDispatchKind;
import org.smesupport.casework.api.consultation.ExpertDispatchRecordedEvent;
import org.smesupport.casework.api.reference.ReferenceAssignedEvent;
import org.smesupport.casework.api.reference.ReferenceKind;
import org.smesupport.casework.projection.EmbeddedMongo;
import org.smesupport.casework.projection.EventLog;
import org.smesupport.casework.projection.ProjectionHarness;
import org.smesupport.casework.projection.TimelinePages;

class ConsultationCaseProjectionTest {

    private static final ConsultationCaseId CASE = ConsultationCaseId.of("K-1");
    private static final Instant AT = Instant.parse("2020-05-11T00:30:00Z");
    private static final Map<String, String> CASEWORKER = Map.of("user", "sato", "role", "CASEWORKER");

    private final EmbeddedMongo mongo = new EmbeddedMongo();
    private final MongoCollection<Document> cases = mongo.database().getCollection(ConsultationCaseProjection.COLLECTION);
    private final MongoCollection<Document> pages = mongo.database().getCollection(ConsultationCaseProjection.TIMELINE_COLLECTION);
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
        assertThat(consultation).doesNotContainKey("timeline");

        Document openPage = consultation.get(TimelinePages.OPEN_PAGE, Document.class);
        assertThat(openPage.getLong("page")).isZero();
        List<Document> timeline = openPage.getList("entries", Document.class);
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
        assertThat(pageCount()).as("no page is full yet").isZero();
    }

    @Test
    void aFullPageMovesOffTheCaseAndTheCaseStaysBounded() {
        List<TrackedEventMessage<?>> events = longCase(2 * PAGE_SIZE + 3);
        // Batches that end short of, on and past a page boundary.
        ProjectionHarness harness = new ProjectionHarness(projection());
        harness.deliver(events.subList(0, PAGE_SIZE - 2));
        harness.deliver(events.subList(PAGE_SIZE - 2, PAGE_SIZE));
        harness.deliver(events.subList(PAGE_SIZE, events.size()));

        assertThat(pageSequences(0)).containsExactlyElementsOf(sequences(0, PAGE_SIZE));
        assertThat(page(1).getString("caseId")).isEqualTo("K-1");
        assertThat(page(1).getLong("page")).isEqualTo(1L);
        assertThat(pageSequences(1)).containsExactlyElementsOf(sequences(PAGE_SIZE, 2 * PAGE_SIZE));
        assertThat(pageCount()).isEqualTo(2);
        Document openPage = theCase().get(TimelinePages.OPEN_PAGE, Document.class);
        assertThat(openPage.getLong("page")).isEqualTo(2L);
        assertThat(openPage.getList("entries", Document.class)).extracting(entry -> entry.getLong("sequence"))
                .containsExactlyElementsOf(sequences(2 * PAGE_SIZE, events.size()));
        assertThat(theCase().getLong("version")).isEqualTo(events.size() - 1L);
        assertThat(theCase().getInteger("sessionCount")).isEqualTo(events.size() - 5);
    }

    @Test
    void theEventThatFillsAPageLeavesAnEmptyOpenPage() {
        List<TrackedEventMessage<?>> events = longCase(PAGE_SIZE);
        new ProjectionHarness(projection()).deliver(events);

        Document openPage = theCase().get(TimelinePages.OPEN_PAGE, Document.class);
        assertThat(openPage.getLong("page")).isEqualTo(1L);
        assertThat(openPage.getList("entries", Document.class)).isEmpty();
        assertThat(pageSequences(0)).containsExactlyElementsOf(sequences(0, PAGE_SIZE));
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
    void redeliveringAWholeBatchChangesNothing() {
        List<TrackedEventMessage<?>> events = longCase(2 * PAGE_SIZE + 3);
        new ProjectionHarness(projection()).deliver(events);
        List<Document> once = everything();

        new ProjectionHarness(projection()).deliver(events);

        assertThat(everything()).isEqualTo(once);
    }

    @Test
    void redeliveringABatchThatStraddlesAPageBoundaryChangesNothing() {
        List<TrackedEventMessage<?>> events = longCase(2 * PAGE_SIZE + 3);
        ProjectionHarness harness = new ProjectionHarness(projection());
        harness.deliver(events.subList(0, PAGE_SIZE - 3));
        harness.deliver(events.subList(PAGE_SIZE - 3, PAGE_SIZE + 3));
        harness.deliver(events.subList(PAGE_SIZE + 3, events.size()));
        List<Document> once = everything();

        // Overlapping what was applied: by the same processor and, with a cold cache, by a restarted one.
        harness.deliver(events.subList(PAGE_SIZE - 3, PAGE_SIZE + 3));
        new ProjectionHarness(projection()).deliver(events.subList(PAGE_SIZE - 3, 2 * PAGE_SIZE + 1));

        assertThat(everything()).isEqualTo(once);
        assertThat(timelineSequences()).containsExactlyElementsOf(sequences(0, events.size()));
    }

    @Test
    void aPageWrittenAheadOfItsCaseGetsNoStepTwice() {
        List<TrackedEventMessage<?>> events = longCase(2 * PAGE_SIZE + 3);
        new ProjectionHarness(projection()).deliver(events.subList(0, PAGE_SIZE - 2));
        Document caseBefore = theCase();
        new ProjectionHarness(projection()).deliver(events.subList(PAGE_SIZE - 2, 2 * PAGE_SIZE + 1));
        List<Document> after = everything();

        // As if the batch failed after writing its pages but before writing the case: the case still holds
        // the entries of page 0 and knows nothing of page 1.
        cases.replaceOne(new Document("_id", CASE.value()), caseBefore);
        assertThat(pageCount()).isEqualTo(2);
        new ProjectionHarness(projection()).deliver(events.subList(PAGE_SIZE - 2, 2 * PAGE_SIZE + 1));

        assertThat(everything()).isEqualTo(after);
        new ProjectionHarness(projection()).deliver(events.subList(2 * PAGE_SIZE + 1, events.size()));
        assertThat(timelineSequences()).containsExactlyElementsOf(sequences(0, events.size()));
    }

    @Test
    void aBatchWritesItsPagesBeforeItsCasesEvenIfACaseCameFirst() {
        List<String> writes = new ArrayList<>();
        MongoServer server = new MongoServer(new MemoryBackend());
        try (MongoClient client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(server.bindAndGetConnectionString()))
                .addCommandListener(new CommandListener() {
                    @Override
                    public void commandStarted(CommandStartedEvent event) {
                        if (event.getCommandName().equals("update")) {
                            writes.add(event.getCommand().getString("update").getValue());
                        }
                    }
                })
                .build())) {
            ProjectionHarness harness = new ProjectionHarness(
                    new ConsultationCaseProjection(client.getDatabase("read-models"), 100));
            List<TrackedEventMessage<?>> events = longCase(PAGE_SIZE);
            harness.deliver(events.subList(0, PAGE_SIZE - 1));
            writes.clear();

            // Another case first, so the case store is the first to be needed; then the step that fills a page.
            ConsultationCaseId other = ConsultationCaseId.of("K-2");
            harness.deliver(List.of(
                    log.append(other.value(), new ConsultationCaseOpenedEvent(other, CompanyId.of("C-2"),
                            Desk.ONE_STOP, "Succession", LocalDate.of(2020, 8, 1)), AT, CASEWORKER),
                    events.get(PAGE_SIZE - 1)));
        } finally {
            server.shutdownNow();
        }

        assertThat(writes).containsExactly(ConsultationCaseProjection.TIMELINE_COLLECTION, ConsultationCaseProjection.COLLECTION);
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
        assertThat(timelineSequences()).containsExactly(0L, 1L, 2L, 3L);
    }

    @Test
    void takesItsReferenceFromTheRegistersStreamWithoutMovingItsVersion() {
        List<TrackedEventMessage<?>> events = new ArrayList<>(lifecycle().subList(0, 2));
        events.add(log.append("reference-LEASE-2020", new ReferenceAssignedEvent("reference-LEASE-2020",
                ReferenceKind.LEASE, 2020, 1, "貸与-2020-0001", CASE.value()), AT));
        events.add(log.append("reference-CONSULTATION-2020", new ReferenceAssignedEvent(
                "reference-CONSULTATION-2020", ReferenceKind.CONSULTATION, 2020, 7, "相談-2020-000007", CASE.value()), AT));
        ProjectionHarness harness = new ProjectionHarness(projection());
        harness.deliver(events);
        Document numbered = theCase();
        harness.deliver(events);
        new ProjectionHarness(new ConsultationCaseProjection(mongo.database(), 0)).deliver(events);

        assertThat(theCase().getString("reference")).as("another kind's number is not the case's")
                .isEqualTo("相談-2020-000007");
        assertThat(theCase().getLong("version")).isEqualTo(1L);
        assertThat(theCase()).as("redelivered").isEqualTo(numbered);
    }

    @Test
    void resetEmptiesBothCollections() {
        ProjectionHarness harness = new ProjectionHarness(projection());
        harness.deliver(longCase(PAGE_SIZE + 1));
        assertThat(pageCount()).isEqualTo(1);

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

    private long pageCount() {
        return pages.countDocuments(new Document("caseId", CASE.value()));
    }

    private List<Long> pageSequences(int number) {
        return page(number).getList("entries", Document.class).stream().map(entry -> entry.getLong("sequence")).toList();
    }

    /** The case's whole timeline as a reader assembles it: full pages, then the open page. */
    private List<Long> timelineSequences() {
        Document openPage = theCase().get(TimelinePages.OPEN_PAGE, Document.class);
        List<Long> sequences = new ArrayList<>();
        for (int number = 0; number < openPage.getLong("page"); number++) {
            sequences.addAll(pageSequences(number));
        }
        openPage.getList("entries", Document.class).forEach(entry -> sequences.add(entry.getLong("sequence")));
        return sequences;
    }

    /** Both collections, to compare whole states. */
    private List<Document> everything() {
        List<Document> documents = cases.find().into(new ArrayList<>());
        pages.find().sort(new Document("_id", 1)).into(documents);
        return documents;
    }

    private static List<Long> sequences(long from, long to) {
        return LongStream.range(from, to).boxed().toList();
    }

    /** The lifecycle followed by sessions up to {@code size} events. */
    private List<TrackedEventMessage<?>> longCase(int size) {
        List<TrackedEventMessage<?>> events = new ArrayList<>(lifecycle());
        for (int number = 3; events.size() < size; number++) {
            events.add(log.append(CASE.value(), session(number, LocalDate.of(2020, 8, 1), false), AT, CASEWORKER));
        }
        return events;
    }

    private List<TrackedEventMessage<?>> lifecycle() {
        List<TrackedEventMessage<?>> events = new ArrayList<>();
        events.add(log.append(CASE.value(), new ConsultationCaseOpenedEvent(CASE, CompanyId.of("C-1"),
                Desk.SUBCONTRACTING, "Late payment by a customer", LocalDate.of(2020, 5, 11)), AT, CASEWORKER));
        events.add(log.append(CASE.value(), new ConsultationCaseAssignedEvent(CASE, "suzuki", null, null), AT,
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
