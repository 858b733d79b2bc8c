package org.smesupport.casework.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.awaitility.Awaitility;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.smesupport.casework.api.consultation.ConsultationCaseId;
import org.smesupport.casework.api.consultation.ConsultationCategory;
import org.smesupport.casework.api.consultation.ConsultationSessionRecordedEvent;
import org.smesupport.casework.api.consultation.Desk;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A poisoned event (a session dated in the year 999999999, stored straight into the event store as a
 * faulty upcaster or import could) is parked by the projections that cannot apply it, while the events
 * around it are projected and every processor keeps running; operators see it in the status, the
 * dead-letter list and health, and evict it with a reason. Uses fiscal year 2005, which no other test touches.
 */
class DeadLetterEndToEndTest extends EndToEndTest {

    private static final String STATISTICS = "consultation-statistics";

    @Autowired
    EventStore eventStore;

    @Autowired
    MongoDatabase readModels;

    @Test
    void poisonedEventIsParkedVisibleAndEvictedWhileTheEventsAroundItAreProjected() {
        ApiClient caseworker = as("caseworker");
        ApiClient admin = as("admin");
        String companyId = caseworker.post("/api/companies", TestData.company()).getBody().get("id").asText();
        String healthy = caseworker.post("/api/consultations", TestData.openCase(companyId, "ONE_STOP", "2005-05-10"))
                .getBody().get("id").asText();
        String poisoned = caseworker.post("/api/consultations", TestData.openCase(companyId, "ONE_STOP", "2005-05-11"))
                .getBody().get("id").asText();
        assertThat(caseworker.post("/api/consultations/" + healthy + "/sessions",
                TestData.session("2005-05-12", "FINANCING", false)).getStatusCode()).isEqualTo(HttpStatus.OK);

        eventStore.publish(new GenericDomainEventMessage<>("ConsultationCase", poisoned, 1,
                new ConsultationSessionRecordedEvent(ConsultationCaseId.of(poisoned), 1, Desk.ONE_STOP,
                        LocalDate.MAX, ConsultationCategory.LEGAL, "高橋", 60, "", false)));

        assertThat(caseworker.post("/api/consultations/" + healthy + "/sessions",
                TestData.session("2005-06-01", "LEGAL", false)).getStatusCode()).isEqualTo(HttpStatus.OK);

        // the events after the poisoned one reach the report
        JsonNode report = caseworker.awaitGet("/api/reports/consultations/2005",
                body -> body.path("total").path("countB").asLong() == 2);
        assertThat(report.get("rebuilding").asBoolean()).isFalse();

        // parked, not retried for ever: the processor runs without error and counts the dead letter
        JsonNode statistics = Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .until(() -> admin.get("/api/admin/projections/" + STATISTICS).getBody(),
                        status -> status.get("deadLetters").asLong() == 1);
        assertThat(statistics.get("running").asBoolean()).isTrue();
        assertThat(statistics.get("error").asBoolean()).isFalse();
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .until(() -> admin.get("/api/admin/projections").getBody(), all -> {
                    for (JsonNode processor : all) {
                        if (!processor.get("running").asBoolean() || processor.get("error").asBoolean()
                                || processor.get("lag").asLong() > 0) {
                            return false;
                        }
                    }
                    return true;
                });

        JsonNode letters = admin.get("/api/admin/projections/" + STATISTICS + "/dead-letters").getBody();
        assertThat(letters).hasSize(1);
        JsonNode letter = letters.get(0);
        assertThat(letter.get("sequence").asText()).isEqualTo(poisoned);
        assertThat(letter.get("eventType").asText()).isEqualTo("ConsultationSessionRecordedEvent");
        assertThat(letter.get("aggregateId").asText()).isEqualTo(poisoned);
        assertThat(letter.get("aggregateSequence").asLong()).isEqualTo(1);
        assertThat(letter.get("globalPosition").asLong()).isPositive();
        assertThat(letter.get("timestamp").asText()).isNotBlank();
        assertThat(letter.get("errorClass").asText()).isEqualTo(IllegalArgumentException.class.getName());
        assertThat(letter.get("errorMessage").asText()).contains("fiscal year must be between 1990 and 2999");
        assertThat(letter.get("retries").asInt()).isZero();
        assertThat(letter.get("enqueuedAt").asText()).isNotBlank();

        // health: DEGRADED for everyone, the counts for ADMIN only
        ResponseEntity<JsonNode> anonymous = rest.getForEntity("/actuator/health", JsonNode.class);
        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(anonymous.getBody().get("status").asText()).isEqualTo("DEGRADED");
        assertThat(anonymous.getBody().has("components")).isFalse();
        JsonNode health = admin.get("/actuator/health").getBody().get("components").get("projections");
        assertThat(health.get("status").asText()).isEqualTo("DEGRADED");
        assertThat(health.get("details").get("processors").get(STATISTICS).get("deadLetters").asLong()).isEqualTo(1);

        // a retry while the cause is still there keeps the letter parked and counts the attempt
        JsonNode stillParked = admin.post("/api/admin/projections/" + STATISTICS + "/dead-letters/" + poisoned + "/retry",
                Map.of()).getBody();
        assertThat(stillParked).hasSize(1);
        assertThat(stillParked.get(0).get("retries").asInt()).isEqualTo(1);
        assertThat(stillParked.get(0).get("errorMessage").asText()).contains("fiscal year");

        // a replay empties the queue with the read model and parks the event again, once
        assertThat(admin.post("/api/admin/projections/" + STATISTICS + "/replay", Map.of()).getStatusCode())
                .isEqualTo(HttpStatus.ACCEPTED);
        long head = admin.get("/api/admin/projections/" + STATISTICS).getBody().get("headPosition").asLong();
        JsonNode rebuilt = Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .until(() -> admin.get("/api/admin/projections/" + STATISTICS).getBody(),
                        status -> status.get("position").asLong() >= head && !status.get("rebuilding").asBoolean());
        assertThat(rebuilt.get("deadLetters").asLong()).isEqualTo(1);
        assertThat(admin.get("/api/admin/projections/" + STATISTICS + "/dead-letters").getBody().get(0)
                .get("retries").asInt()).as("parked anew, not kept from before the replay").isZero();
        assertThat(rebuilt.get("error").asBoolean()).isFalse();
        assertThat(caseworker.get("/api/reports/consultations/2005").getBody().path("total").path("countB").asLong())
                .isEqualTo(2);

        // eviction is an operator decision: a reason is required, and who and why are recorded
        assertThat(admin.post("/api/admin/projections/" + STATISTICS + "/dead-letters/" + poisoned + "/evict",
                Map.of("reason", " ")).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        for (JsonNode processor : admin.get("/api/admin/projections").getBody()) {
            if (processor.get("deadLetters").asLong() > 0) {
                ResponseEntity<JsonNode> evicted = admin.post("/api/admin/projections/" + processor.get("name").asText()
                        + "/dead-letters/" + poisoned + "/evict", Map.of("reason", "日付の誤入力 (試験データ)"));
                assertThat(evicted.getStatusCode()).isEqualTo(HttpStatus.OK);
            }
        }
        assertThat(admin.get("/api/admin/projections/" + STATISTICS + "/dead-letters").getBody()).isEmpty();
        assertThat(admin.get("/api/admin/projections/" + STATISTICS).getBody().get("deadLetters").asLong()).isZero();
        Document decision = readModels.getCollection("dead_letter_evictions")
                .find(Filters.and(Filters.eq("projection", STATISTICS), Filters.eq("sequence", poisoned))).first();
        assertThat(decision.getString("evictedBy")).isEqualTo("admin");
        assertThat(decision.getString("reason")).isEqualTo("日付の誤入力 (試験データ)");
        assertThat(admin.get("/actuator/health").getBody().get("components").get("projections")
                .get("details").get("deadLetters").asLong()).isZero();
    }

    @Test
    void deadLetterAdministrationAnswersProblemsForUnknownNames() {
        ApiClient admin = as("admin");
        ResponseEntity<JsonNode> unknown = admin.get("/api/admin/projections/no-such-projection/dead-letters");
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unknown.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(unknown.getBody().get("type").asText()).endsWith("/unknown-projection");
        ResponseEntity<JsonNode> noSequence = admin.post("/api/admin/projections/" + STATISTICS
                + "/dead-letters/no-such-case/evict", Map.of("reason", "試験"));
        assertThat(noSequence.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(noSequence.getBody().get("type").asText()).endsWith("/unknown-dead-letter");
        assertThat(as("caseworker").get("/api/admin/projections/" + STATISTICS + "/dead-letters").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void theLeaseLinkNeverReplaysAndKeepsRunning() {
        ApiClient admin = as("admin");
        ResponseEntity<JsonNode> refused = admin.post("/api/admin/projections/restructuring-lease-link/replay", Map.of());
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(refused.getBody().get("type").asText()).endsWith("/replay-not-allowed");
        assertThat(refused.getBody().get("detail").asText()).contains("must never replay");
        JsonNode leaseLink = admin.get("/api/admin/projections/restructuring-lease-link").getBody();
        assertThat(leaseLink.get("running").asBoolean()).isTrue();
        assertThat(leaseLink.get("replaying").asBoolean()).isFalse();
        assertThat(leaseLink.get("replayable").asBoolean()).isFalse();
        assertThat(admin.get("/api/admin/projections/" + STATISTICS).getBody().get("replayable").asBoolean()).isTrue();
    }
}
