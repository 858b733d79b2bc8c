package org.smesupport.casework.query.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smesupport.casework.api.company.CompanyId;
import org.smesupport.casework.api.consultation.CaseOutcome;
import org.smesupport.casework.api.consultation.ConsultationCaseAssignedEvent;
import org.smesupport.casework.api.consultation.ConsultationCaseClosedEvent;
import org.smesupport.casework.api.consultation.ConsultationCaseId;
import org.smesupport.casework.api.consultation.ConsultationCaseOpenedEvent;
import org.smesupport.casework.api.consultation.ConsultationCasePage;
import org.smesupport.casework.api.consultation.ConsultationCaseSummary;
import org.smesupport.casework.api.consultation.ConsultationCaseView;
import org.smesupport.casework.api.consultation.ConsultationCategory;
import org.smesupport.casework.api.consultation.ConsultationSessionRecordedEvent;
import org.smesupport.casework.api.consultation.ConsultationStatus;
import org.smesupport.casework.api.common.TimelineEntry;
import org.smesupport.casework.api.consultation.Desk;
import org.smesupport.casework.api.consultation.FindConsultationCaseQuery;
import org.smesupport.casework.api.consultation.FindConsultationCasesQuery;
import org.smesupport.casework.projection.TimelinePages;
import org.smesupport.casework.projection.consultation.ConsultationCaseProjection;
import org.smesupport.casework.query.ReadModelFixture;

class ConsultationCaseQueryHandlerTest {

    private static final Instant AT = Instant.parse("2020-06-01T00:00:00Z");

    private final ReadModelFixture fixture = new ReadModelFixture();
    private final ConsultationCaseQueryHandler handler = new ConsultationCaseQueryHandler(fixture.database(),
            fixture.companyNames());

    @BeforeEach
    void projectCases() {
        fixture.registerCompany("C-1", "相模精機");
        ConsultationCaseProjection projection = new ConsultationCaseProjection(fixture.database(), 100);
        fixture.project(projection, AT,
                opened("K-1", "C-1", Desk.ONE_STOP, LocalDate.of(2020, 4, 1)),
                opened("K-2", "C-1", Desk.SUBCONTRACTING, LocalDate.of(2020, 5, 1)),
                opened("K-3", "C-2", Desk.ONE_STOP, LocalDate.of(2020, 6, 1)),
                new ConsultationCaseAssignedEvent(ConsultationCaseId.of("K-1"), "suzuki", null, null),
                new ConsultationSessionRecordedEvent(ConsultationCaseId.of("K-1"), 1, Desk.ONE_STOP,
                        LocalDate.of(2020, 4, 2), ConsultationCategory.FINANCING, "Kato", 45, "cash", false),
                new ConsultationCaseClosedEvent(ConsultationCaseId.of("K-1"), LocalDate.of(2020, 4, 30),
                        CaseOutcome.RESOLVED, "done"));
    }

    @AfterEach
    void stopMongo() {
        fixture.close();
    }

    @Test
    void listsNewestFirstWithTheTotalOfAllMatches() {
        ConsultationCasePage page = handler.handle(query(null, null, null, null, null, null, 0, 2));

        assertThat(page.items()).extracting(ConsultationCaseSummary::caseId).containsExactly("K-3", "K-2");
        assertThat(page.total()).isEqualTo(3);
        assertThat(handler.handle(query(null, null, null, null, null, null, 1, 2)).items())
                .extracting(ConsultationCaseSummary::caseId).containsExactly("K-1");
    }

    @Test
    void listsTheCompanysCurrentNameAndNoneForAnUnknownCompany() {
        fixture.renameCompany("C-1", "相模精機株式会社");

        assertThat(handler.handle(query(null, null, null, null, null, null, 0, 20)).items())
                .extracting(ConsultationCaseSummary::caseId, ConsultationCaseSummary::companyName)
                .containsExactly(tuple("K-3", null), tuple("K-2", "相模精機株式会社"), tuple("K-1", "相模精機株式会社"));
    }

    @Test
    void combinesFilters() {
        assertThat(ids(query(Desk.ONE_STOP, ConsultationStatus.OPEN, null, null, null, null, 0, 20))).containsExactly("K-3");
        assertThat(ids(query(null, null, "suzuki", null, null, null, 0, 20))).containsExactly("K-1");
        assertThat(ids(query(null, null, null, "C-1", null, null, 0, 20))).containsExactly("K-2", "K-1");
        assertThat(ids(query(null, null, null, null, LocalDate.of(2020, 4, 2), LocalDate.of(2020, 6, 1), 0, 20)))
                .containsExactly("K-3", "K-2");
    }

    @Test
    void detailCarriesStateAndTimeline() {
        ConsultationCaseView view = handler.handle(new FindConsultationCaseQuery(ConsultationCaseId.of("K-1")));

        assertThat(view.summary()).isEqualTo(new ConsultationCaseSummary("K-1", null, "C-1", "相模精機", Desk.ONE_STOP, "subject K-1",
                ConsultationStatus.CLOSED, "suzuki", LocalDate.of(2020, 4, 1), LocalDate.of(2020, 4, 30),
                // An assignment stored without its date counts on the day it was recorded: AT.
                CaseOutcome.RESOLVED, 1, 0, LocalDate.of(2020, 6, 1), 3));
        assertThat(view.timeline()).extracting(TimelineEntry::type)
                .containsExactly("OPENED", "ASSIGNED", "SESSION_RECORDED", "CLOSED");
        TimelineEntry session = view.timeline().get(2);
        assertThat(session.date()).isEqualTo(LocalDate.of(2020, 4, 2));
        assertThat(session.at()).isEqualTo(AT);
        assertThat(session.user()).isEqualTo("sato");
        assertThat(session.details()).containsEntry("category", "FINANCING").containsEntry("durationMinutes", 45);
    }

    @Test
    void detailReadsEveryPageOfALongTimelineOldestFirst() {
        ConsultationCaseId id = ConsultationCaseId.of("K-4");
        List<Object> events = new ArrayList<>();
        events.add(opened("K-4", "C-3", Desk.ONE_STOP, LocalDate.of(2020, 4, 1)));
        for (int number = 1; events.size() < 2 * TimelinePages.PAGE_SIZE + 3; number++) {
            events.add(new ConsultationSessionRecordedEvent(id, number, Desk.ONE_STOP, LocalDate.of(2020, 4, 2),
                    ConsultationCategory.FINANCING, "Kato", 30, "session " + number, false));
        }
        fixture.project(new ConsultationCaseProjection(fixture.database(), 100), AT, events.toArray());

        ConsultationCaseView view = handler.handle(new FindConsultationCaseQuery(id));

        assertThat(view.summary().version()).isEqualTo(2 * TimelinePages.PAGE_SIZE + 2);
        assertThat(view.timeline()).extracting(TimelineEntry::sequence)
                .containsExactlyElementsOf(LongStream.rangeClosed(0, view.summary().version()).boxed().toList());
        assertThat(view.timeline().get(TimelinePages.PAGE_SIZE).details())
                .containsEntry("notes", "session " + TimelinePages.PAGE_SIZE);
        assertThat(view.timeline().get(2 * TimelinePages.PAGE_SIZE + 2).details())
                .containsEntry("notes", "session " + (2 * TimelinePages.PAGE_SIZE + 2));
    }

    @Test
    void aPageWrittenAheadOfItsCaseStaysOutOfTheTimeline() {
        ConsultationCaseView before = handler.handle(new FindConsultationCaseQuery(ConsultationCaseId.of("K-1")));
        // As while a batch has written the page it filled but not yet the case that moves past it.
        fixture.database().getCollection(ConsultationCaseProjection.TIMELINE_COLLECTION).insertOne(new Document("_id", "K-1#0")
                .append("caseId", "K-1").append("page", 0L).append("entries", List.of()));

        assertThat(handler.handle(new FindConsultationCaseQuery(ConsultationCaseId.of("K-1")))).isEqualTo(before);
    }

    @Test
    void theListLeavesTheOpenPageBehind() {
        ConsultationCaseSummary listed = handler.handle(query(null, null, "suzuki", null, null, null, 0, 20)).items().get(0);

        assertThat(listed).isEqualTo(handler.handle(new FindConsultationCaseQuery(ConsultationCaseId.of("K-1"))).summary());
    }

    @Test
    void detailStopsAtTheVersionOfTheCase() {
        // The timeline is the one of the summary's version, whatever else the documents hold.
        fixture.database().getCollection(ConsultationCaseProjection.COLLECTION)
                .updateOne(new Document("_id", "K-1"), new Document("$set", new Document("version", 1L)));

        ConsultationCaseView view = handler.handle(new FindConsultationCaseQuery(ConsultationCaseId.of("K-1")));

        assertThat(view.timeline()).extracting(TimelineEntry::type).containsExactly("OPENED", "ASSIGNED");
    }

    @Test
    void anUnknownCaseIsNull() {
        assertThat(handler.handle(new FindConsultationCaseQuery(ConsultationCaseId.of("nope")))).isNull();
    }

    private List<String> ids(FindConsultationCasesQuery query) {
        return handler.handle(query).items().stream().map(ConsultationCaseSummary::caseId).toList();
    }

    private static FindConsultationCasesQuery query(Desk desk, ConsultationStatus status, String caseworker,
                                                    String companyId, LocalDate from, LocalDate to, int page, int size) {
        return new FindConsultationCasesQuery(desk, status, caseworker, companyId, from, to, null, page, size);
    }

    private static ConsultationCaseOpenedEvent opened(String caseId, String companyId, Desk desk, LocalDate on) {
        return new ConsultationCaseOpenedEvent(ConsultationCaseId.of(caseId), CompanyId.of(companyId), desk,
                "subject " + caseId, on);
    }
}
