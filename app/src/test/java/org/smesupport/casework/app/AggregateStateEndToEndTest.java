package org.smesupport.casework.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smesupport.casework.app.Answers.created;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/**
 * What a record looked like then, for an auditor: a consultation case after each version, and what changed between
 * two with the event, who and why; a lease contract at the end of a day before and after a payment recorded later,
 * its instalment unpaid then and paid now. Recording times are set with Axon's message clock, put back after.
 */
class AggregateStateEndToEndTest extends EndToEndTest {

    @AfterEach
    void restoreTheMessageClock() {
        GenericEventMessage.clock = Clock.systemUTC();
    }

    @Test
    void aCaseAfterEachVersionAndWhatChangedBetweenTwo() {
        ApiClient caseworker = as("caseworker");
        String companyId = created(caseworker.post("/api/companies", TestData.company()));
        String caseId = created(caseworker.post("/api/consultations",
                TestData.openCase(companyId, "ONE_STOP", "2020-06-01")));
        Answers.ok(caseworker.post("/api/consultations/" + caseId + "/sessions",
                TestData.session("2020-06-02", "FINANCING", false)));
        Answers.ok(caseworker.post("/api/consultations/" + caseId + "/close",
                Map.of("closedOn", "2020-06-03", "outcome", "RESOLVED", "summary", "解決")));
        Answers.ok(as("supervisor").post("/api/consultations/" + caseId + "/reopen",
                Map.of("reopenedOn", "2020-06-04", "reason", "再度の相談")));
        ApiClient auditor = as("auditor");
        String stream = "/api/audit/streams/" + caseId;
        long last = auditor.get(stream).getBody().size() - 1;

        JsonNode beforeClosing = auditor.get(stream + "/state?version=" + (last - 2)).getBody();
        assertThat(beforeClosing.get("aggregateType").asText()).isEqualTo("ConsultationCase");
        assertThat(beforeClosing.get("lastEvent").get("type").asText()).isEqualTo("ConsultationSessionRecordedEvent");
        assertThat(beforeClosing.get("view").get("summary").get("status").asText()).isEqualTo("OPEN");
        assertThat(beforeClosing.get("view").get("summary").get("sessionCount").asInt()).isEqualTo(1);
        JsonNode closed = auditor.get(stream + "/state?version=" + (last - 1)).getBody();
        assertThat(closed.get("view").get("summary").get("status").asText()).isEqualTo("CLOSED");
        JsonNode now = auditor.get(stream + "/state").getBody();
        assertThat(now.get("version").asLong()).isEqualTo(last);
        assertThat(now.get("view").get("summary").get("status").asText()).isEqualTo("OPEN");
        assertThat(now.get("view")).as("the view as the detail endpoint answers it, with the reference numbered "
                + "in its register's stream").isEqualTo(caseworker.awaitGet("/api/consultations/" + caseId,
                view -> view.path("summary").path("reference").isTextual()));

        JsonNode reopening = auditor.get(stream + "/diff?from=" + (last - 1)).getBody();
        assertThat(reopening.get("changes")).anySatisfy(change -> {
            assertThat(change.get("path").asText()).isEqualTo("summary.status");
            assertThat(change.get("before").asText()).isEqualTo("CLOSED");
            assertThat(change.get("after").asText()).isEqualTo("OPEN");
        });
        assertThat(reopening.get("events")).singleElement().satisfies(event -> {
            assertThat(event.get("type").asText()).isEqualTo("ConsultationCaseReopenedEvent");
            assertThat(event.get("user").asText()).isEqualTo("supervisor");
            assertThat(event.get("reason").asText()).isEqualTo("再度の相談");
        });

        assertThat(auditor.get(stream + "/state?version=" + (last + 1)).getStatusCode())
                .isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(auditor.get(stream + "/state?version=1&asOf=2020-06-01").getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(auditor.get("/api/audit/streams/no-such-record/state").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(caseworker.get(stream + "/state").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void aLeaseAtTheEndOfADayShowsWhatWasRecordedByThen() {
        ApiClient caseworker = as("caseworker");
        String companyId = created(caseworker.post("/api/companies", TestData.company()));
        GenericEventMessage.clock = Clock.fixed(Instant.parse("2021-05-01T01:00:00Z"), ZoneOffset.UTC);
        String contractId = created(caseworker.post("/api/leases", LeaseInArrears.contract(companyId)));
        GenericEventMessage.clock = Clock.fixed(Instant.parse("2021-07-10T01:00:00Z"), ZoneOffset.UTC);
        Answers.ok(caseworker.post("/api/leases/" + contractId + "/payments",
                Map.of("receivedOn", "2015-05-01", "amount", 100_000)));
        GenericEventMessage.clock = Clock.systemUTC();
        ApiClient auditor = as("auditor");
        String stream = "/api/audit/streams/" + contractId;

        assertThat(auditor.get(stream + "/state?asOf=2021-04-30").getBody().get("version").asLong())
                .as("not opened yet").isEqualTo(-1);
        JsonNode june = auditor.get(stream + "/state?asOf=2021-06-30").getBody();
        assertThat(june.get("view").get("asOf").asText()).isEqualTo("2021-06-30");
        assertThat(june.get("view").get("schedule").get(0).get("state").asText()).isNotEqualTo("PAID");
        JsonNode july = auditor.get(stream + "/state?asOf=2021-07-31").getBody();
        assertThat(july.get("view").get("schedule").get(0).get("state").asText()).isEqualTo("PAID");
        assertThat(july.get("eventsApplied").asInt()).isGreaterThan(june.get("eventsApplied").asInt());
    }

    @Test
    void aSuccessionCaseShowsItsDealOnlyFromWhenTheDealWasRecorded() {
        ApiClient caseworker = as("caseworker");
        String companyId = created(caseworker.post("/api/companies", TestData.company()));
        String seller = created(caseworker.post("/api/succession/cases", Map.of("companyId", companyId,
                "side", "SELLER", "openedOn", "2020-04-10")));
        Answers.ok(caseworker.post("/api/succession/cases/" + seller + "/diagnoses",
                Map.of("diagnosedOn", "2020-04-20")));
        String deal = created(caseworker.post("/api/succession/deals", Map.of("seller", Map.of("caseId", seller),
                "buyer", Map.of("name", "東京の買手株式会社", "inPrefecture", false), "concludedOn", "2020-10-01")));
        Answers.ok(caseworker.post("/api/succession/deals/" + deal + "/correct", Map.of("seller",
                Map.of("caseId", seller), "buyer", Map.of("name", "東京の買手ホールディングス株式会社", "inPrefecture", false),
                "concludedOn", "2020-10-01", "reason", "買手の商号の誤記", "correctedOn", "2020-10-15")));
        ApiClient auditor = as("auditor");

        JsonNode diagnosed = auditor.get("/api/audit/streams/" + seller + "/state?version=1").getBody();
        assertThat(diagnosed.get("aggregateType").asText()).isEqualTo("SuccessionCase");
        assertThat(diagnosed.get("view").get("diagnoses")).hasSize(1);
        assertThat(diagnosed.get("view").get("deals")).isEmpty();
        JsonNode now = auditor.get("/api/audit/streams/" + seller + "/state").getBody();
        assertThat(now.get("view")).isEqualTo(caseworker.get("/api/succession/cases/" + seller).getBody());
        assertThat(now.get("view").get("deals").get(0).get("counterpart").asText()).isEqualTo("東京の買手ホールディングス株式会社");

        JsonNode concluded = auditor.get("/api/audit/streams/" + deal + "/state?version=0").getBody();
        assertThat(concluded.get("aggregateType").asText()).isEqualTo("SuccessionDeal");
        assertThat(concluded.get("view").get("buyer").get("name").asText()).isEqualTo("東京の買手株式会社");
        JsonNode diff = auditor.get("/api/audit/streams/" + deal + "/diff?from=0").getBody();
        assertThat(diff.get("changes").findValuesAsText("path")).contains("buyer.name");
        assertThat(diff.get("events").get(0).get("reason").asText()).isEqualTo("買手の商号の誤記");
    }
}
