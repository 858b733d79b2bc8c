package org.smesupport.casework.projection.consultation;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.smesupport.casework.api.consultation.CaseOutcome;
import org.smesupport.casework.api.consultation.ConsultationCaseClosedEvent;
import org.smesupport.casework.api.consultation.ConsultationCaseId;
import org.smesupport.casework.api.consultation.ConsultationCaseOpenedEvent;
import org.smesupport.casework.api.consultation.ConsultationCategory;
import org.smesupport.casework.api.consultation.ConsultationSessionRecordedEvent;
import org.smesupport.casework.api.consultation.Desk;
import org.smesupport.casework.api.consultation.ExpertDispatchKind;
import org.smesupport.casework.api.consultation.ExpertDispatchRecordedEvent;
import org.smesupport.casework.projection.EmbeddedMongo;
import org.smesupport.casework.projection.EventLog;
import org.smesupport.casework.projection.ProjectionHarness;

class ConsultationStatisticsProjectionTest {

    private static final Instant AT = Instant.parse("2021-01-05T00:00:00Z");

    private final EmbeddedMongo mongo = new EmbeddedMongo();
    private final MongoCollection<Document> statistics =
            mongo.database().getCollection(ConsultationStatisticsProjection.COLLECTION);
    private final EventLog log = new EventLog();

    @AfterEach
    void stopMongo() {
        mongo.close();
    }

    @Test
    void countsEachEventInTheFiscalYearOfItsDate() {
        new ProjectionHarness(projection()).deliver(year2020());

        Document fy2020 = year(2020);
        assertThat(fy2020.getInteger("fiscalYear")).isEqualTo(2020);
        Document categories = fy2020.get("sessionsByCategory", Document.class);
        assertThat(categories.keySet()).hasSize(18);
        assertThat(categories.getLong("FINANCING")).isEqualTo(2L);
        assertThat(categories.getLong("LEGAL")).isEqualTo(1L);
        assertThat(categories.getLong("PATENT")).isZero();
        Document desks = fy2020.get("sessionsByDesk", Document.class);
        assertThat(desks.getLong("SUBCONTRACTING")).isEqualTo(1L);
        assertThat(desks.getLong("ON_SITE")).isEqualTo(1L);
        assertThat(desks.getLong("ONE_STOP")).isEqualTo(1L);
        Document byDesk = fy2020.get("sessionsByDeskAndCategory", Document.class);
        assertThat(byDesk.keySet()).hasSize(Desk.values().length);
        assertThat(byDesk.get("ON_SITE", Document.class).getLong("FINANCING")).isEqualTo(1L);
        assertThat(byDesk.get("ONE_STOP", Document.class).getLong("FINANCING")).isEqualTo(1L);
        assertThat(byDesk.get("SUBCONTRACTING", Document.class).getLong("LEGAL")).isEqualTo(1L);
        assertThat(byDesk.get("SUBCONTRACTING", Document.class).getLong("FINANCING")).isZero();
        assertThat(fy2020.getLong("lawyerConsultations")).isEqualTo(1L);
        assertThat(fy2020.get("lawyerConsultationsByDesk", Document.class).getLong("SUBCONTRACTING")).isEqualTo(1L);
        assertThat(fy2020.getLong("onSiteSessions")).isEqualTo(1L);
        assertThat(fy2020.get("dispatchesByKind", Document.class).getLong("MIBYO_IMPROVEMENT")).isEqualTo(1L);
        assertThat(fy2020.getLong("casesOpened")).isEqualTo(1L);
        assertThat(fy2020.getLong("casesClosed")).isEqualTo(1L);

        Document fy2019 = year(2019);
        assertThat(fy2019.get("sessionsByCategory", Document.class).getLong("MARKETING")).isEqualTo(1L);
        assertThat(fy2019.getLong("casesOpened")).isZero();
        assertThat(fy2019.getLong("position")).isEqualTo(1L);
    }

    @Test
    void redeliveryChangesNothingEvenWithoutTheCache() {
        List<TrackedEventMessage<?>> events = year2020();
        new ProjectionHarness(projection()).deliver(events);
        List<Document> once = statistics.find().into(new ArrayList<>());

        new ProjectionHarness(projection()).deliver(events.subList(3, events.size()));

        assertThat(statistics.find().into(new ArrayList<>())).isEqualTo(once);
    }

    @Test
    void anEventFillingAGapIsCountedOnceThoughItsPositionIsNotNew() {
        ProjectionHarness harness = new ProjectionHarness(projection());
        // Index 101 commits before index 100: the tracker delivers 101 with a gap at 100, then 100
        // with a token whose position is still 101.
        TrackedEventMessage<?> later = log.appendAt(GapAwareTrackingToken.newInstance(101, new TreeSet<>(List.of(100L))),
                "K-2", session("K-2", LocalDate.of(2020, 8, 1), ConsultationCategory.IT), AT);
        TrackedEventMessage<?> gapFiller = log.appendAt(GapAwareTrackingToken.newInstance(101, new TreeSet<>()),
                "K-3", session("K-3", LocalDate.of(2020, 8, 2), ConsultationCategory.IT), AT);

        harness.deliver(List.of(later));
        harness.deliver(List.of(gapFiller));
        harness.deliver(List.of(later, gapFiller));

        assertThat(year(2020).get("sessionsByCategory", Document.class).getLong("IT")).isEqualTo(2L);
    }

    @Test
    void aRetriedDeadLetterIsCountedOnceThoughTheYearHasMovedPastIt() {
        ProjectionHarness harness = new ProjectionHarness(projection());
        TrackedEventMessage<?> before = log.append("K-4", session("K-4", LocalDate.of(2020, 8, 1), ConsultationCategory.IT), AT);
        TrackedEventMessage<?> parked = log.append("K-5", session("K-5", LocalDate.of(2020, 8, 2), ConsultationCategory.IT), AT);
        TrackedEventMessage<?> after = log.append("K-6", session("K-6", LocalDate.of(2020, 8, 3), ConsultationCategory.IT), AT);
        harness.deliver(List.of(before, after));

        harness.retryDeadLetter(parked);
        harness.retryDeadLetter(parked);
        harness.deliver(List.of(after));

        Document fy2020 = year(2020);
        assertThat(fy2020.get("sessionsByCategory", Document.class).getLong("IT")).isEqualTo(3L);
        assertThat(fy2020.getLong("position")).isEqualTo(2L);
        assertThat(fy2020.getList("positionsAppliedLate", Long.class)).containsExactly(1L);
    }

    @Test
    void aYearWrittenBeforeSessionsWereCountedByDeskAndCategoryGainsTheCountsFromItsNextSession() {
        Document older = StatisticsFields.zeroed("consultations:" + FiscalYear.of(2020), FiscalYear.of(2020));
        older.remove("sessionsByDeskAndCategory");
        statistics.insertOne(older);

        new ProjectionHarness(projection()).deliver(List.of(
                log.append("K-7", session("K-7", LocalDate.of(2020, 8, 1), ConsultationCategory.IT), AT)));

        assertThat(year(2020).get("sessionsByDeskAndCategory", Document.class).get("ONE_STOP", Document.class)
                .getLong("IT")).isEqualTo(1L);
    }

    @Test
    void resetEmptiesTheCollection() {
        ProjectionHarness harness = new ProjectionHarness(projection());
        harness.deliver(year2020());

        harness.reset();

        assertThat(statistics.countDocuments()).isZero();
    }

    private ConsultationStatisticsProjection projection() {
        return new ConsultationStatisticsProjection(mongo.database(), 100);
    }

    private Document year(int fiscalYear) {
        return statistics.find(new Document("_id", "consultations:" + FiscalYear.of(fiscalYear))).first();
    }

    private List<TrackedEventMessage<?>> year2020() {
        ConsultationCaseId caseId = ConsultationCaseId.of("K-1");
        return List.of(
                log.append("K-1", new ConsultationCaseOpenedEvent(caseId, CompanyId.of("C-1"), Desk.ONE_STOP,
                        "funding", LocalDate.of(2020, 4, 1)), AT),
                log.append("K-0", session("K-0", LocalDate.of(2020, 3, 31), ConsultationCategory.MARKETING), AT),
                log.append("K-1", session("K-1", LocalDate.of(2020, 4, 1), ConsultationCategory.FINANCING), AT),
                log.append("K-1", new ConsultationSessionRecordedEvent(caseId, 2, Desk.SUBCONTRACTING,
                        LocalDate.of(2020, 9, 1), ConsultationCategory.LEGAL, "Kato", 30, "", true), AT),
                log.append("K-1", new ConsultationSessionRecordedEvent(caseId, 3, Desk.ON_SITE,
                        LocalDate.of(2021, 3, 31), ConsultationCategory.FINANCING, "Kato", 90, "", false), AT),
                log.append("K-1", new ExpertDispatchRecordedEvent(caseId, 1, Desk.ONE_STOP, LocalDate.of(2020, 10, 1),
                        ExpertDispatchKind.MIBYO_IMPROVEMENT, "Ito", ""), AT),
                log.append("K-1", new ConsultationCaseClosedEvent(caseId, LocalDate.of(2021, 3, 1),
                        CaseOutcome.RESOLVED, "done"), AT));
    }

    private static ConsultationSessionRecordedEvent session(String caseId, LocalDate heldOn,
                                                            ConsultationCategory category) {
        return new ConsultationSessionRecordedEvent(ConsultationCaseId.of(caseId), 1, Desk.ONE_STOP, heldOn,
                category, "Kato", 60, "", false);
    }
}
