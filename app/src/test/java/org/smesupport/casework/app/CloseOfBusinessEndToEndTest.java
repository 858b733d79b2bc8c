package org.smesupport.casework.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.smesupport.casework.closeofbusiness.CloseOfBusinessRun;
import org.smesupport.casework.lease.CompleteCloseOfBusinessCommand;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The close-of-business run: on demand for a date (supervisors only), idempotent when re-run, and
 * catching up from the last closed date that the ledger's events remember. It examines every contract,
 * so it runs in an application of its own rather than beside the other end-to-end tests.
 */
@SpringBootTest(classes = CaseworkApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CloseOfBusinessEndToEndTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    CloseOfBusinessRun run;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) throws IOException {
        String dir = Files.createTempDirectory("casework-cob-").toString();
        registry.add("casework.data-dir", () -> dir);
    }

    @Test
    void rerunsAddNothingAndCatchUpStartsAfterTheLastClosedDate() {
        ApiClient caseworker = new ApiClient(rest, "caseworker");
        ApiClient supervisor = new ApiClient(rest, "supervisor");
        String companyId = caseworker.post("/api/companies", TestData.company()).getBody().get("id").asText();
        String lease = caseworker.post("/api/leases", Map.of("companyId", companyId, "kind", "LEASE",
                "equipment", "複合機", "amount", 1_200_000, "termMonths", 12, "frequency", "MONTHLY",
                "annualRateBasisPoints", 0, "contractDate", "2040-04-01", "firstDueDate", "2040-05-01"))
                .getBody().get("id").asText();
        caseworker.awaitGet("/api/leases/" + lease, body -> true);

        assertThat(caseworker.post("/api/leases/close-of-business", Map.of("businessDate", "2040-06-02"))
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        JsonNode first = ok(supervisor.post("/api/leases/close-of-business", Map.of("businessDate", "2040-06-02")));
        assertThat(first.get("contractsWithNewArrears").asInt()).isEqualTo(1);
        JsonNode arrears = caseworker.awaitGet("/api/leases/" + lease + "?asOf=2040-06-02",
                body -> body.path("summary").path("arrears").asLong() == 200_000);
        assertThat(arrears.get("daysPastDue").asLong()).isEqualTo(32);

        JsonNode again = ok(supervisor.post("/api/leases/close-of-business", Map.of("businessDate", "2040-06-02")));
        assertThat(again.get("contractsWithNewArrears").asInt()).isZero();
        assertThat(caseworker.get("/api/leases/" + lease + "?asOf=2040-06-02").getBody()
                .get("summary").get("arrears").asLong()).isEqualTo(200_000);

        run.catchUp(LocalDate.of(2040, 6, 4));
        assertThat(run.lastClosedDate()).contains(LocalDate.of(2040, 6, 4));

        // the run someone asked for is recorded under their name, the catch-up under the system's
        ApiClient auditor = new ApiClient(rest, "auditor");
        JsonNode arisen = auditor.get("/api/audit/streams/" + lease).getBody().get(1);
        assertThat(arisen.get("type").asText()).isEqualTo("LeaseArrearsArisenEvent");
        assertThat(arisen.get("metadata").get("user").asText()).isEqualTo("supervisor");
        assertThat(arisen.get("metadata").get("businessDate").asText()).isEqualTo("2040-06-02");
        JsonNode ledger = auditor.get("/api/audit/streams/" + CompleteCloseOfBusinessCommand.LEDGER_ID).getBody();
        assertThat(ledger.get(0).get("metadata").get("user").asText()).isEqualTo("supervisor");
        assertThat(ledger.get(ledger.size() - 1).get("metadata").get("user").asText()).isEqualTo("close-of-business");
    }

    private static JsonNode ok(ResponseEntity<JsonNode> response) {
        assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }
}
