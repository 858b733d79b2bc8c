package org.smesupport.casework.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Security, bad input, concurrency, idempotency and audit metadata, over HTTP with security on. */
class ApiConventionsEndToEndTest extends EndToEndTest {

    @Autowired
    EventStore eventStore;

    @Test
    void healthIsPublic() {
        ResponseEntity<JsonNode> health = rest.getForEntity("/actuator/health", JsonNode.class);
        assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(health.getBody().get("status").asText()).isEqualTo("UP");
    }

    @Test
    void requestWithoutCredentialsGets401Problem() {
        ResponseEntity<JsonNode> response = rest.postForEntity("/api/companies", TestData.company(), JsonNode.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody().get("status").asInt()).isEqualTo(401);
    }

    @Test
    void wrongPasswordGets401() {
        ResponseEntity<JsonNode> response = rest.withBasicAuth("caseworker", "wrong")
                .postForEntity("/api/auth/token", null, JsonNode.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void basicAuthenticationWorksWithoutToken() {
        ResponseEntity<JsonNode> response = rest.withBasicAuth("reporter", ApiClient.PASSWORD)
                .getForEntity("/api/companies", JsonNode.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void reporterMayNotIssueCommands() {
        long before = head();
        ResponseEntity<JsonNode> response = as("reporter").post("/api/companies", TestData.company());
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(response.getBody().get("title").asText()).isEqualTo("Not allowed for your role");
        assertThat(head()).isEqualTo(before);
    }

    @Test
    void onlyAdminsSeeProjectionAdministration() {
        assertThat(as("caseworker").get("/api/admin/projections").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<JsonNode> admin = as("admin").get("/api/admin/projections");
        assertThat(admin.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(admin.getBody().findValuesAsText("name")).contains("consultation-cases");
    }

    @Test
    void malformedJsonGets400AndStoresNothing() {
        long before = head();
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token("caseworker"));
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<JsonNode> response = rest.exchange("/api/companies", HttpMethod.POST,
                new HttpEntity<>("{\"name\": \"broken", headers), JsonNode.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(head()).isEqualTo(before);
    }

    @Test
    void invalidCorporateNumberGetsFieldLevel400AndStoresNothing() {
        long before = head();
        Map<String, Object> company = TestData.company();
        company.put("corporateNumber", "1234567890123");
        ResponseEntity<JsonNode> response = as("caseworker").post("/api/companies", company);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().get("errors").findValuesAsText("field")).contains("corporateNumber");
        assertThat(head()).isEqualTo(before);
    }

    @Test
    void unknownEnumValueGets400() {
        Map<String, Object> company = TestData.company();
        company.put("sizeClass", "GIANT");
        ResponseEntity<JsonNode> response = as("caseworker").post("/api/companies", company);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void ruleViolationGets422AndStoresNothing() {
        long before = head();
        ResponseEntity<JsonNode> response = as("caseworker").post("/api/consultations",
                TestData.openCase("no-such-company", "ONE_STOP", "2020-06-01"));
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(response.getBody().get("detail").asText()).contains("no-such-company");
        assertThat(head()).isEqualTo(before);
    }

    /** The same refusal in Japanese for a client whose Accept-Language prefers it, in English without the header. */
    @Test
    void ruleViolationIsInJapaneseWhenTheClientPrefersIt() {
        Map<String, Object> openCase = TestData.openCase("no-such-company", "ONE_STOP", "2020-06-01");
        HttpHeaders japanese = new HttpHeaders();
        japanese.set(HttpHeaders.ACCEPT_LANGUAGE, "ja,en;q=0.8");
        JsonNode inJapanese = as("caseworker").post("/api/consultations", openCase, japanese).getBody();
        assertThat(inJapanese.get("detail").asText()).isEqualTo("企業 no-such-company は登録されていません。");
        assertThat(inJapanese.get("code").asText()).isEqualTo("consultation.companyId.unknownCompany");
        JsonNode inEnglish = as("caseworker").post("/api/consultations", openCase).getBody();
        assertThat(inEnglish.get("detail").asText()).isEqualTo("Company no-such-company is not registered.");
        assertThat(inEnglish.get("code").asText()).isEqualTo("consultation.companyId.unknownCompany");
    }

    @Test
    void unknownCaseGets404() {
        ResponseEntity<JsonNode> response = as("caseworker").post("/api/consultations/no-such-case/assign",
                Map.of("caseworker", "caseworker2", "assignedOn", "2020-06-02"));
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void staleExpectedVersionGets409() {
        String companyId = registerCompany();
        ResponseEntity<JsonNode> first = as("caseworker").post("/api/companies/" + companyId + "/update",
                Map.of("name", "株式会社改名", "industry", "SERVICES", "municipality", "川崎市",
                        "sizeClass", "MICRO", "expectedVersion", 0));
        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(first.getBody().get("version").asLong()).isEqualTo(1);
        ResponseEntity<JsonNode> stale = as("caseworker").post("/api/companies/" + companyId + "/update",
                Map.of("name", "株式会社別名", "industry", "SERVICES", "municipality", "川崎市",
                        "sizeClass", "MICRO", "expectedVersion", 0));
        assertThat(stale.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(events(companyId)).hasSize(2);
    }

    @Test
    void retriedCommandWithIdempotencyKeyIsStoredOnce() {
        Map<String, Object> company = TestData.company();
        HttpHeaders headers = new HttpHeaders();
        headers.set("Idempotency-Key", "register-" + company.get("corporateNumber"));
        ResponseEntity<JsonNode> first = as("caseworker").post("/api/companies", company, headers);
        HttpHeaders retryHeaders = new HttpHeaders();
        retryHeaders.set("Idempotency-Key", "register-" + company.get("corporateNumber"));
        ResponseEntity<JsonNode> retry = as("caseworker").post("/api/companies", company, retryHeaders);

        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(retry.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(retry.getHeaders().getFirst("Idempotency-Replayed")).isEqualTo("true");
        assertThat(retry.getBody()).isEqualTo(first.getBody());
        assertThat(events(first.getBody().get("id").asText())).hasSize(1);
    }

    @Test
    void reusedIdempotencyKeyWithDifferentRequestGets422() {
        HttpHeaders headers = new HttpHeaders();
        headers.set("Idempotency-Key", "reused-" + TestData.corporateNumber());
        as("caseworker").post("/api/companies", TestData.company(), headers);
        HttpHeaders again = new HttpHeaders();
        again.set("Idempotency-Key", headers.getFirst("Idempotency-Key"));
        ResponseEntity<JsonNode> reused = as("caseworker").post("/api/companies", TestData.company(), again);
        assertThat(reused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    }

    @Test
    void eventsCarryAuditMetadata() {
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Correlation-Id", "corr-audit-1");
        headers.set("X-Business-Date", "2021-03-31");
        ResponseEntity<JsonNode> response = as("caseworker").post("/api/companies", TestData.company(), headers);
        assertThat(response.getHeaders().getFirst("X-Correlation-Id")).isEqualTo("corr-audit-1");

        DomainEventMessage<?> event = events(response.getBody().get("id").asText()).get(0);
        assertThat(event.getMetaData())
                .containsEntry("user", "caseworker")
                .containsEntry("role", "CASEWORKER")
                .containsEntry("correlationId", "corr-audit-1")
                .containsEntry("businessDate", "2021-03-31")
                .containsKey("causationId");
    }

    @Test
    void auditorsReadAnAggregatesWholeStreamWithMetadata() {
        String companyId = registerCompany();
        as("caseworker").post("/api/companies/" + companyId + "/update", Map.of("name", "株式会社監査",
                "industry", "OTHER", "municipality", "平塚市", "sizeClass", "SOLE_PROPRIETOR"));

        assertThat(as("caseworker").get("/api/audit/streams/" + companyId).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        JsonNode stream = as("auditor").get("/api/audit/streams/" + companyId).getBody();
        assertThat(stream.findValuesAsText("type")).containsExactly("CompanyRegisteredEvent", "CompanyUpdatedEvent");
        assertThat(stream.get(1).get("sequence").asLong()).isEqualTo(1);
        assertThat(stream.get(1).get("payload").get("name").asText()).isEqualTo("株式会社監査");
        assertThat(stream.get(1).get("metadata").get("user").asText()).isEqualTo("caseworker");
        assertThat(as("auditor").get("/api/audit/streams/no-such-stream").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void openApiDocumentIsPublished() {
        ResponseEntity<JsonNode> api = rest.getForEntity("/v3/api-docs", JsonNode.class);
        assertThat(api.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(api.getBody().get("paths").has("/api/consultations/{caseId}/sessions")).isTrue();
    }

    @Test
    void invalidBusinessDateHeaderGets400() {
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Business-Date", "31/03/2021");
        ResponseEntity<JsonNode> response = as("caseworker").post("/api/companies", TestData.company(), headers);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    private String registerCompany() {
        ResponseEntity<JsonNode> response = as("caseworker").post("/api/companies", TestData.company());
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return response.getBody().get("id").asText();
    }

    private List<? extends DomainEventMessage<?>> events(String aggregateId) {
        return eventStore.readEvents(aggregateId, 0L).asStream().toList();
    }

    private long head() {
        return eventStore.createHeadToken() == null ? -1 : eventStore.createHeadToken().position().orElse(-1);
    }

    private String token(String user) {
        return rest.withBasicAuth(user, ApiClient.PASSWORD).postForEntity("/api/auth/token", null, JsonNode.class)
                .getBody().get("access_token").asText();
    }
}
