package org.smesupport.casework.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smesupport.casework.app.Answers.created;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** A deferral follows maker-checker: the supervisor who asked cannot approve it; another can. */
class LeaseDeferralEndToEndTest extends EndToEndTest {

    @Test
    void deferralFollowsMakerChecker() {
        ApiClient supervisor = as("supervisor");
        String companyId = created(as("caseworker").post("/api/companies", TestData.company()));
        ResponseEntity<JsonNode> opened = as("caseworker").post("/api/leases", Map.of("companyId", companyId,
                "kind", "LEASE", "equipment", "NC旋盤", "amount", 600_000, "termMonths", 6, "frequency", "MONTHLY",
                "annualRateBasisPoints", 0, "contractDate", "2019-04-01", "firstDueDate", "2019-05-01"));
        String id = created(opened);

        List<Map<String, Object>> revised = List.of(
                instalment(1, "2019-10-01", 200_000), instalment(2, "2019-11-01", 200_000),
                instalment(3, "2019-12-01", 200_000));
        String request = supervisor.post("/api/leases/" + id + "/deferrals", Map.of("requestedOn", "2019-04-15",
                "reason", "受注減少", "revisedInstalments", revised)).getBody().get("requestId").asText();

        ResponseEntity<JsonNode> own = supervisor.post("/api/leases/" + id + "/deferrals/" + request + "/approve",
                Map.of("decidedOn", "2019-04-16"));
        assertThat(own.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        ResponseEntity<JsonNode> approved = as("admin").post("/api/leases/" + id + "/deferrals/" + request + "/approve",
                Map.of("decidedOn", "2019-04-16"));
        assertThat(approved.getStatusCode()).as(String.valueOf(approved.getBody())).isEqualTo(HttpStatus.OK);

        JsonNode detail = supervisor.awaitGet("/api/leases/" + id, body -> body.path("schedule").size() == 3);
        assertThat(detail.get("schedule").findValuesAsText("dueDate"))
                .containsExactly("2019-10-01", "2019-11-01", "2019-12-01");
        assertThat(detail.get("timeline").findValuesAsText("type")).contains("DEFERRAL_REQUESTED", "DEFERRAL_APPROVED");
    }

    private static Map<String, Object> instalment(int number, String dueDate, long principal) {
        return Map.of("number", number, "dueDate", dueDate, "principal", principal, "interest", 0);
    }
}
