package org.smesupport.casework.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.smesupport.casework.api.lease.CompleteCloseOfBusinessCommand;
import org.smesupport.casework.command.closeofbusiness.CloseOfBusinessRun;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The business date and the close of business that advances it: closed on demand (supervisors only) up
 * to a day that has ended, one day at a time and never twice; money-moving entries dated after the
 * business date refused with nothing stored; the date on every response. The close of business examines
 * every contract and moves the business date of the whole application, so this runs in an application
 * of its own.
 */
@SpringBootTest(classes = CaseworkApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CloseOfBusinessEndToEndTest {

    private static final String BUSINESS_DATE = "X-Business-Date";

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
    void theCloseOfBusinessAdvancesTheBusinessDateOneDayAtATimeAndMoneyMovesOnlyUpToIt() {
        ApiClient caseworker = new ApiClient(rest, "caseworker");
        ApiClient supervisor = new ApiClient(rest, "supervisor");
        // before the first close the business date is today: yesterday is the latest day that can be closed
        JsonNode fresh = ok(caseworker.get("/api/business-date"));
        assertThat(fresh.hasNonNull("lastClosedDate")).isFalse();
        assertThat(LocalDate.parse(fresh.get("businessDate").asText()))
                .isEqualTo(LocalDate.parse(fresh.get("latestClosableDate").asText()).plusDays(1));
        String today = fresh.get("businessDate").asText();

        String companyId = caseworker.post("/api/companies", TestData.company()).getBody().get("id").asText();
        ResponseEntity<JsonNode> opened = caseworker.post("/api/leases", Map.of("companyId", companyId, "kind", "LEASE",
                "equipment", "複合機", "amount", 1_200_000, "termMonths", 12, "frequency", "MONTHLY",
                "annualRateBasisPoints", 0, "contractDate", "2024-04-01", "firstDueDate", "2024-05-01"));
        assertThat(opened.getHeaders().getFirst(BUSINESS_DATE)).isEqualTo(today);
        String lease = opened.getBody().get("id").asText();
        caseworker.awaitGet("/api/leases/" + lease, body -> true);

        assertThat(caseworker.post("/api/leases/close-of-business", Map.of("businessDate", "2024-06-02"))
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertRefused(supervisor.post("/api/leases/close-of-business", Map.of("businessDate", today)), "businessDate",
                "the latest day that can be closed is yesterday");

        // the centre's first close closes the day asked for; the business date is the day after it
        ResponseEntity<JsonNode> first = supervisor.post("/api/leases/close-of-business",
                Map.of("businessDate", "2024-06-02"));
        assertThat(ok(first).get("days").findValuesAsText("businessDate")).containsExactly("2024-06-02");
        assertThat(first.getBody().get("contractsWithNewArrears").asInt()).isEqualTo(1);
        assertThat(first.getBody().get("businessDate").asText()).isEqualTo("2024-06-03");
        assertThat(first.getHeaders().getFirst(BUSINESS_DATE)).isEqualTo("2024-06-03");
        JsonNode arrears = caseworker.awaitGet("/api/leases/" + lease + "?asOf=2024-06-02",
                body -> body.path("summary").path("arrears").asLong() == 200_000);
        assertThat(arrears.get("daysPastDue").asLong()).isEqualTo(32);

        assertRefused(supervisor.post("/api/leases/close-of-business", Map.of("businessDate", "2024-06-02")),
                "businessDate", "Every day up to 2024-06-02 is closed already; the next day to close is 2024-06-03.");

        // money moves on the business date or before it, never after it; a refusal stores nothing
        long version = caseworker.get("/api/leases/" + lease).getBody().get("summary").get("version").asLong();
        ResponseEntity<JsonNode> ahead = caseworker.post("/api/leases/" + lease + "/payments",
                Map.of("receivedOn", "2024-06-04", "amount", 100_000));
        assertRefused(ahead, "receivedOn", "receivedOn 2024-06-04 is after the business date 2024-06-03");
        assertThat(new ApiClient(rest, "auditor").get("/api/audit/streams/" + lease).getBody().size())
                .isEqualTo(version + 1);
        ok(caseworker.post("/api/leases/" + lease + "/payments", Map.of("receivedOn", "2024-06-03", "amount", 100_000)));
        ok(caseworker.post("/api/leases/" + lease + "/payments", Map.of("receivedOn", "2024-05-31", "amount", 50_000)));

        // a request may state an earlier business date for its audit record, not a later one
        HttpHeaders later = new HttpHeaders();
        later.set(BUSINESS_DATE, "2024-06-04");
        ResponseEntity<JsonNode> statedLater = caseworker.post("/api/companies", TestData.company(), later);
        assertThat(statedLater.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(statedLater.getBody().get("detail").asText())
                .isEqualTo("X-Business-Date 2024-06-04 is after the centre's business date 2024-06-03.");

        // a catch-up closes every day in between, in order, and each moves the business date on
        JsonNode caughtUp = ok(supervisor.post("/api/leases/close-of-business", Map.of("businessDate", "2024-06-05")));
        assertThat(caughtUp.get("days").findValuesAsText("businessDate"))
                .containsExactly("2024-06-03", "2024-06-04", "2024-06-05");
        run.catchUp(LocalDate.of(2024, 6, 7));
        assertThat(run.catchUp(LocalDate.of(2024, 6, 6)).days()).isEmpty();
        JsonNode now = ok(caseworker.get("/api/business-date"));
        assertThat(now.get("lastClosedDate").asText()).isEqualTo("2024-06-07");
        assertThat(now.get("businessDate").asText()).isEqualTo("2024-06-08");
        assertThat(caseworker.get("/api/companies?size=1").getHeaders().getFirst(BUSINESS_DATE)).isEqualTo("2024-06-08");

        // the days someone asked for are recorded under their name, the system's catch-up under its own
        ApiClient auditor = new ApiClient(rest, "auditor");
        JsonNode arisen = auditor.get("/api/audit/streams/" + lease).getBody().get(1);
        assertThat(arisen.get("type").asText()).isEqualTo("LeaseArrearsArisenEvent");
        assertThat(arisen.get("metadata").get("user").asText()).isEqualTo("supervisor");
        assertThat(arisen.get("metadata").get("businessDate").asText()).isEqualTo("2024-06-02");
        JsonNode ledger = auditor.get("/api/audit/streams/" + CompleteCloseOfBusinessCommand.LEDGER_ID).getBody();
        assertThat(ledger.findValuesAsText("businessDate")).isNotEmpty();
        assertThat(ledger.size()).isEqualTo(6);
        assertThat(ledger.get(0).get("metadata").get("user").asText()).isEqualTo("supervisor");
        assertThat(ledger.get(5).get("metadata").get("user").asText()).isEqualTo("close-of-business");
    }

    private static void assertRefused(ResponseEntity<JsonNode> response, String field, String detail) {
        assertThat(response.getStatusCode()).as(String.valueOf(response.getBody()))
                .isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(response.getBody().get("field").asText()).isEqualTo(field);
        assertThat(response.getBody().get("detail").asText()).contains(detail);
    }

    private static JsonNode ok(ResponseEntity<JsonNode> response) {
        assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }
}
