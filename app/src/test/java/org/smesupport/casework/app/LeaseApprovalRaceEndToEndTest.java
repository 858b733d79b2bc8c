package org.smesupport.casework.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smesupport.casework.app.Answers.created;
import static org.smesupport.casework.app.Answers.ok;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A checker approves what the queue showed, or nothing: an interest subsidy requested before a payment
 * changed the year's interest is refused at approval (and stores nothing), rejected and requested again;
 * two supervisors approving the same request at once grant it once.
 */
class LeaseApprovalRaceEndToEndTest extends EndToEndTest {

    @Test
    void anApprovalRacingAChangeOrAnotherApprovalGrantsNothingUnseen() {
        ApiClient caseworker = as("caseworker");
        ApiClient supervisor = as("supervisor");
        String companyId = created(caseworker.post("/api/companies", TestData.company()));
        // 12 monthly instalments of 100,000 principal at 12 %/year: instalment k pays 1 % interest on the balance
        String lease = created(caseworker.post("/api/leases", Map.of("companyId", companyId, "kind", "LEASE",
                "equipment", "マシニングセンタ", "amount", 1_200_000, "termMonths", 12, "frequency", "MONTHLY",
                "annualRateBasisPoints", 1_200, "contractDate", "2019-04-01", "firstDueDate", "2019-05-01")));
        String first = requestSubsidy(caseworker, lease);
        supervisor.awaitGet("/api/leases/approvals?kind=INTEREST_SUBSIDY",
                body -> body.findValuesAsText("requestId").contains(first));

        // the first instalment's interest is paid after the request: the request no longer matches the books
        ok(caseworker.post("/api/leases/" + lease + "/payments", Map.of("receivedOn", "2019-05-01", "amount", 112_000)));
        ApiClient auditor = as("auditor");
        int stored = auditor.get("/api/audit/streams/" + lease).getBody().size();
        ResponseEntity<JsonNode> stale = supervisor.post(subsidy(lease, first, "/approve"),
                Map.of("decidedOn", "2019-06-03"));
        assertThat(stale.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(stale.getBody().get("detail").asText()).contains("has changed (then No. 1 ¥12,000");
        assertThat(auditor.get("/api/audit/streams/" + lease).getBody().size()).as("the refusal stores nothing")
                .isEqualTo(stored);
        ok(supervisor.post(subsidy(lease, first, "/reject"), Map.of("decidedOn", "2019-06-03",
                "reason", "申請後に入金あり、再申請を依頼")));

        String second = requestSubsidy(caseworker, lease);
        supervisor.awaitGet("/api/leases/approvals?kind=INTEREST_SUBSIDY",
                body -> body.findValuesAsText("requestId").contains(second));
        CompletableFuture<ResponseEntity<JsonNode>> one = CompletableFuture.supplyAsync(() ->
                supervisor.post(subsidy(lease, second, "/approve"), Map.of("decidedOn", "2019-06-04")));
        CompletableFuture<ResponseEntity<JsonNode>> other = CompletableFuture.supplyAsync(() ->
                as("admin").post(subsidy(lease, second, "/approve"), Map.of("decidedOn", "2019-06-04")));
        List<HttpStatus> answers = List.of(HttpStatus.valueOf(one.join().getStatusCode().value()),
                HttpStatus.valueOf(other.join().getStatusCode().value()));
        assertThat(answers).containsOnlyOnce(HttpStatus.OK)
                .anySatisfy(status -> assertThat(status).isIn(HttpStatus.CONFLICT, HttpStatus.UNPROCESSABLE_ENTITY));

        JsonNode detail = caseworker.awaitGet("/api/leases/" + lease,
                body -> body.path("timeline").findValuesAsText("type").contains("INTEREST_SUBSIDY_GRANTED"));
        List<String> steps = detail.get("timeline").findValuesAsText("type");
        assertThat(steps.stream().filter("INTEREST_SUBSIDY_GRANTED"::equals)).hasSize(1);
        assertThat(steps).contains("INTEREST_SUBSIDY_REJECTED");
        // instalments 2–11 fall due in FY2019 with their interest unpaid: 11,000 + 10,000 + … + 2,000
        assertThat(detail.get("schedule").findValues("subsidisedInterest").stream().mapToLong(JsonNode::asLong).sum())
                .isEqualTo(65_000);
    }

    private static String requestSubsidy(ApiClient caseworker, String lease) {
        ResponseEntity<JsonNode> filed = caseworker.post("/api/leases/" + lease + "/interest-subsidies",
                Map.of("fiscalYear", 2019, "salesDeclineBasisPoints", 1_600, "evidence", "試算表 前年同期比 −16 %",
                        "requestedOn", "2019-06-01"));
        ok(filed);
        return filed.getBody().get("requestId").asText();
    }

    private static String subsidy(String lease, String requestId, String action) {
        return "/api/leases/" + lease + "/interest-subsidies/" + requestId + action;
    }
}
