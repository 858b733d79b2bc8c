package org.smesupport.casework.projection.restructuring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smesupport.casework.api.restructuring.RestructuringStage.FIRST_RESPONSE;
import static org.smesupport.casework.api.restructuring.RestructuringStage.PLAN_DRAFTING;
import static org.smesupport.casework.api.restructuring.RestructuringStage.SECOND_STAGE;
import static org.smesupport.casework.projection.restructuring.RestructuringEvents.advanced;
import static org.smesupport.casework.projection.restructuring.RestructuringEvents.completed;
import static org.smesupport.casework.projection.restructuring.RestructuringEvents.ended;
import static org.smesupport.casework.projection.restructuring.RestructuringEvents.opened;
import static org.smesupport.casework.projection.restructuring.RestructuringEvents.special;

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
import org.smesupport.casework.api.lease.LeaseContractId;
import org.smesupport.casework.api.restructuring.CreditorAddedEvent;
import org.smesupport.casework.api.restructuring.CreditorConsentRecordedEvent;
import org.smesupport.casework.api.restructuring.CreditorKind;
import org.smesupport.casework.api.restructuring.LeaseRescheduleRefusedEvent;
import org.smesupport.casework.api.restructuring.LeaseRescheduleRequestedEvent;
import org.smesupport.casework.api.restructuring.RestructuringCaseId;
import org.smesupport.casework.projection.EmbeddedMongo;
import org.smesupport.casework.projection.EventLog;
import org.smesupport.casework.projection.ProjectionHarness;
import org.smesupport.casework.projection.TimelinePages;

class RestructuringCaseProjectionTest {

    private static final Instant AT = Instant.parse("2020-06-01T01:00:00Z");
    private static final Map<String, String> SATO = Map.of("user", "sato", "role", "CASEWORKER");
    private static final Map<String, String> SUZUKI = Map.of("user", "suzuki", "role", "CASEWORKER",
            "businessDate", "2020-06-15");

    private final EmbeddedMongo mongo = new EmbeddedMongo();
    private final MongoCollection<Document> cases = mongo.database().getCollection(RestructuringCaseProjection.COLLECTION);
    private final MongoCollection<Document> pages =
            mongo.database().getCollection(RestructuringCaseProjection.TIMELINE_COLLECTION);
    private final EventLog log = new EventLog();

    @AfterEach
    void stopMongo() {
        mongo.close();
    }

    @Test
    void followsTheCaseThroughThePipeline() {
        new ProjectionHarness(projection()).deliver(lifecycle());

        Document restructuring = theCase();
        assertThat(restructuring.getString("companyId")).isEqualTo("C-R-1");
        assertThat(restructuring.getString("caseworker")).as("who opened it").isEqualTo("sato");
        assertThat(restructuring.getString("stage")).isEqualTo("PLAN_COMPLETED");
        assertThat(restructuring.getString("stageEnteredOn")).isEqualTo("2021-02-10");
        assertThat(restructuring.getList("stages", Document.class))
                .extracting(stage -> stage.getString("stage") + "@" + stage.getString("enteredOn"))
                .containsExactly("FIRST_RESPONSE@2020-05-11", "SECOND_STAGE@2020-06-01", "PLAN_DRAFTING@2020-09-01",
                        "PLAN_COMPLETED@2021-02-10");
        assertThat(restructuring.getList("specialReschedulings", Document.class))
                .extracting(entry -> entry.getString("appliedOn")).containsExactly("2020-07-01");
        Document plan = restructuring.get("plan", Document.class);
        assertThat(plan.getBoolean("drastic")).isTrue();
        assertThat(plan.getString("completedOn")).isEqualTo("2021-02-10");
        List<Document> creditors = restructuring.getList("creditors", Document.class);
        assertThat(creditors).hasSize(2);
        assertThat(creditors.get(0).getBoolean("consented")).as("the later answer replaces the earlier").isTrue();
        assertThat(creditors.get(0).getString("consentRecordedOn")).isEqualTo("2021-01-20");
        assertThat(creditors.get(1).get("consented")).as("not yet answered").isNull();
        List<Document> reschedules = restructuring.getList("leaseReschedules", Document.class);
        assertThat(reschedules.get(0)).containsEntry("contractId", "L-1").containsEntry("status", "REQUESTED")
                .containsEntry("requestId", "REQ-1").containsEntry("revisedInstalments", 2);
        assertThat(reschedules.get(1)).containsEntry("status", "REFUSED").containsEntry("refusal", "contract closed");
        assertThat(restructuring.get("ended")).isNull();
        assertThat(restructuring.getLong("version")).isEqualTo(10L);

        List<Document> timeline = TimelinePages.read(pages, restructuring, 10);
        assertThat(timeline).extracting(step -> step.getString("type")).containsExactly("OPENED", "CREDITOR_ADDED",
                "CREDITOR_ADDED", "STAGE_ADVANCED", "SPECIAL_RESCHEDULING_APPLIED", "STAGE_ADVANCED",
                "CREDITOR_CONSENT_RECORDED", "CREDITOR_CONSENT_RECORDED", "PLAN_COMPLETED",
                "LEASE_RESCHEDULE_REQUESTED", "LEASE_RESCHEDULE_REFUSED");
        assertThat(timeline.get(1).getString("date")).as("business date from metadata").isEqualTo("2020-06-15");
        assertThat(timeline.get(1).getString("user")).isEqualTo("suzuki");
        assertThat(pages.countDocuments()).as("eleven steps fill one page of eight").isEqualTo(1L);
    }

    @Test
    void recordsHowTheCaseEnded() {
        new ProjectionHarness(projection()).deliver(List.of(
                log.append("R-2", opened("R-2", LocalDate.of(2020, 4, 1)), AT, SATO),
                log.append("R-2", advanced("R-2", FIRST_RESPONSE, SECOND_STAGE, LocalDate.of(2020, 5, 1)), AT),
                log.append("R-2", ended("R-2", SECOND_STAGE, LocalDate.of(2020, 8, 1)), AT)));

        Document restructuring = cases.find(new Document("_id", "R-2")).first();
        assertThat(restructuring.getString("stage")).isEqualTo("ENDED");
        assertThat(restructuring.get("ended", Document.class)).containsEntry("atStage", "SECOND_STAGE")
                .containsEntry("withdrawnByFirm", true).containsEntry("reason", "firm withdrew")
                .containsEntry("endedOn", "2020-08-01");
    }

    @Test
    void redeliveryChangesNothingEvenWithoutTheCache() {
        List<TrackedEventMessage<?>> events = lifecycle();
        ProjectionHarness harness = new ProjectionHarness(projection());
        harness.deliver(events.subList(0, 5));
        harness.deliver(events.subList(5, events.size()));
        List<Document> casesOnce = cases.find().into(new ArrayList<>());
        List<Document> pagesOnce = pages.find().into(new ArrayList<>());

        harness.deliver(events.subList(3, events.size()));
        new ProjectionHarness(new RestructuringCaseProjection(mongo.database(), 0)).deliver(events);

        assertThat(cases.find().into(new ArrayList<>())).isEqualTo(casesOnce);
        assertThat(pages.find().into(new ArrayList<>())).isEqualTo(pagesOnce);
    }

    @Test
    void resetEmptiesCasesAndTimelines() {
        ProjectionHarness harness = new ProjectionHarness(projection());
        harness.deliver(lifecycle());

        harness.reset();

        assertThat(cases.countDocuments()).isZero();
        assertThat(pages.countDocuments()).isZero();
    }

    private RestructuringCaseProjection projection() {
        return new RestructuringCaseProjection(mongo.database(), 100);
    }

    private Document theCase() {
        return cases.find(new Document("_id", "R-1")).first();
    }

    private List<TrackedEventMessage<?>> lifecycle() {
        RestructuringCaseId id = RestructuringCaseId.of("R-1");
        return List.of(
                log.append("R-1", opened("R-1", LocalDate.of(2020, 5, 11)), AT, SATO),
                log.append("R-1", new CreditorAddedEvent(id, "Yokohama Bank", CreditorKind.BANK), AT, SUZUKI),
                log.append("R-1", new CreditorAddedEvent(id, "KCGC", CreditorKind.CREDIT_GUARANTEE_CORPORATION), AT),
                log.append("R-1", advanced("R-1", FIRST_RESPONSE, SECOND_STAGE, LocalDate.of(2020, 6, 1)), AT),
                log.append("R-1", special("R-1", LocalDate.of(2020, 7, 1)), AT),
                log.append("R-1", advanced("R-1", SECOND_STAGE, PLAN_DRAFTING, LocalDate.of(2020, 9, 1)), AT),
                log.append("R-1", new CreditorConsentRecordedEvent(id, "Yokohama Bank", false, LocalDate.of(2020, 12, 1)), AT),
                log.append("R-1", new CreditorConsentRecordedEvent(id, "Yokohama Bank", true, LocalDate.of(2021, 1, 20)), AT),
                log.append("R-1", completed("R-1", LocalDate.of(2021, 2, 10), true, "L-1", "L-2"), AT),
                log.append("R-1", new LeaseRescheduleRequestedEvent(id, LeaseContractId.of("L-1"), "REQ-1"), AT),
                log.append("R-1", new LeaseRescheduleRefusedEvent(id, LeaseContractId.of("L-2"), "contract closed"), AT));
    }
}
