package org.smesupport.casework.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smesupport.casework.app.Answers.created;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.smesupport.casework.app.audit.search.AuditSearch;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * The auditors' search across streams: everything one request caused, found by its correlation id (a registration
 * and the claim of its corporate number; a case opened and the reference a process assigned on its behalf); who did what to a record and why; filters that
 * combine; newest first, paged; bad criteria refused with a problem.
 */
class AuditSearchEndToEndTest extends EndToEndTest {

    @LocalServerPort
    int port;

    @Autowired
    AuditSearch audit;

    @Test
    void oneRequestsEventsAndOnePersonsChangesAreFoundAcrossStreams() {
        ApiClient caseworker = as("caseworker");
        String correlation = "audit-search-" + UUID.randomUUID();
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Correlation-Id", correlation);
        String companyId = created(caseworker.post("/api/companies", TestData.company(), headers));
        String opening = "audit-search-" + UUID.randomUUID();
        HttpHeaders openingHeaders = new HttpHeaders();
        openingHeaders.set("X-Correlation-Id", opening);
        String caseId = created(caseworker.post("/api/consultations",
                TestData.openCase(companyId, "ONE_STOP", "2020-06-01"), openingHeaders));
        Answers.ok(caseworker.post("/api/consultations/" + caseId + "/close",
                Map.of("closedOn", "2020-06-02", "outcome", "RESOLVED", "summary", "解決")));
        Answers.ok(as("supervisor").post("/api/consultations/" + caseId + "/reopen",
                Map.of("reopenedOn", "2020-06-03", "reason", "再度の相談")));
        ApiClient auditor = as("auditor");

        // the registration and the claim of its corporate number: two streams, one request
        JsonNode request = auditor.awaitGet("/api/audit/events?correlationId=" + correlation,
                page -> page.get("items").findValuesAsText("type").containsAll(
                        List.of("CompanyRegisteredEvent", "UniqueClaimedEvent")));
        assertThat(request.get("items").findValuesAsText("correlationId")).containsOnly(correlation);
        JsonNode registration = entry(request, "CompanyRegisteredEvent");
        assertThat(registration.get("user").asText()).isEqualTo("caseworker");
        assertThat(registration.get("role").asText()).isEqualTo("CASEWORKER");
        assertThat(registration.get("aggregateType").asText()).isEqualTo("Company");
        assertThat(registration.get("aggregateId").asText()).isEqualTo(companyId);
        assertThat(registration.get("stream").asText()).isEqualTo("/api/audit/streams/" + companyId);
        // the case opened, and the reference the numbering process assigned it on behalf of that request
        JsonNode opened = auditor.awaitGet("/api/audit/events?correlationId=" + opening,
                page -> page.get("items").findValuesAsText("type").containsAll(
                        List.of("ConsultationCaseOpenedEvent", "ReferenceAssignedEvent")));
        assertThat(entry(opened, "ReferenceAssignedEvent").get("causationId").asText())
                .isNotEqualTo(entry(opened, "ConsultationCaseOpenedEvent").get("causationId").asText());

        JsonNode reopened = auditor.awaitGet("/api/audit/events?aggregateId=" + caseId + "&role=SUPERVISOR",
                page -> page.get("total").asLong() == 1);
        JsonNode reopening = reopened.get("items").get(0);
        assertThat(reopening.get("type").asText()).isEqualTo("ConsultationCaseReopenedEvent");
        assertThat(reopening.get("user").asText()).isEqualTo("supervisor");
        assertThat(reopening.get("reason").asText()).isEqualTo("再度の相談");
        assertThat(reopening.get("businessDate").asText()).isNotBlank();

        JsonNode history = auditor.awaitGet("/api/audit/events?aggregateId=" + caseId,
                page -> page.get("total").asLong() >= 3);
        assertThat(history.get("items").findValuesAsText("type")).as("newest first")
                .startsWith("ConsultationCaseReopenedEvent", "ConsultationCaseClosedEvent");
        JsonNode second = auditor.get("/api/audit/events?aggregateId=" + caseId + "&page=1&size=1").getBody();
        assertThat(second.get("total").asLong()).isEqualTo(history.get("total").asLong());
        assertThat(second.get("items").findValuesAsText("type")).containsExactly("ConsultationCaseClosedEvent");
        assertThat(auditor.get("/api/audit/events?aggregateId=" + caseId + "&eventType=ConsultationCaseClosedEvent"
                + "&user=caseworker&aggregateType=ConsultationCase").getBody().get("total").asLong()).isEqualTo(1);

        // everything the centre recorded for the company, in every stream opened for it
        JsonNode company = auditor.awaitGet("/api/audit/events?companyId=" + companyId,
                page -> page.get("items").findValuesAsText("type").contains("ConsultationCaseReopenedEvent"));
        assertThat(company.get("items").findValuesAsText("type")).contains("CompanyRegisteredEvent",
                "ConsultationCaseOpenedEvent", "ConsultationCaseClosedEvent");
        assertThat(company.get("items").findValuesAsText("companyId")).containsOnly(companyId);
        // the company's records as an erasure finds them (kept per company) are the streams of those events
        assertThat(audit.recordsOfCompany(companyId)).as("the company's records")
                .containsExactlyInAnyOrderElementsOf(new LinkedHashSet<>(auditor.get("/api/audit/events?companyId="
                        + companyId + "&size=100").getBody().get("items").findValuesAsText("aggregateId")))
                .contains(companyId, caseId);

        // the same on the auditors' page, which links each record to its history and each request to its events
        PageSession page = new PageSession(port);
        page.signIn("auditor", "demo");
        assertThat(page.get("/audit/events?correlationId=" + correlation).body()).contains("CompanyRegisteredEvent",
                "UniqueClaimedEvent", "href=\"/history/" + companyId + "\"", "同じ依頼の出来事");
        PageSession reporter = new PageSession(port);
        reporter.signIn("reporter", "demo");
        assertThat(reporter.get("/audit/events").statusCode()).isEqualTo(403);

        assertThat(auditor.get("/api/audit/events?role=JANITOR").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(auditor.get("/api/audit/events?recordedFrom=2021-02-30").getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(auditor.get("/api/audit/events?businessDateFrom=2021-04-02&businessDateTo=2021-04-01")
                .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(auditor.get("/api/audit/events?size=0").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(caseworker.get("/api/audit/events").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    private static JsonNode entry(JsonNode page, String type) {
        for (JsonNode item : page.get("items")) {
            if (item.get("type").asText().equals(type)) {
                return item;
            }
        }
        throw new AssertionError("no " + type + " in " + page);
    }
}
