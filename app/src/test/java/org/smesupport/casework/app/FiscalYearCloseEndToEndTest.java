package org.smesupport.casework.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.smesupport.casework.api.common.FiscalYear;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A supervisor closes a fiscal year: entries dated in it are refused (nothing stored), the next year's
 * are not; only an administrator reopens it, with a reason, and then it takes entries again. Closing a
 * year changes what every other test may enter, so this runs in an application of its own.
 */
@SpringBootTest(classes = CaseworkApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class FiscalYearCloseEndToEndTest {

    @Autowired
    TestRestTemplate rest;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) throws IOException {
        String dir = Files.createTempDirectory("casework-fy-close-").toString();
        registry.add("casework.data-dir", () -> dir);
    }

    @Test
    void aClosedYearRefusesEntriesUntilAnAdministratorReopensIt() {
        ApiClient caseworker = new ApiClient(rest, "caseworker");
        ApiClient supervisor = new ApiClient(rest, "supervisor");
        ApiClient admin = new ApiClient(rest, "admin");
        String companyId = caseworker.post("/api/companies", TestData.company()).getBody().get("id").asText();
        String caseId = caseworker.post("/api/consultations", TestData.openCase(companyId, "ONE_STOP", "2019-05-01"))
                .getBody().get("id").asText();
        String sessions = "/api/consultations/" + caseId + "/sessions";
        ok(caseworker.post(sessions, TestData.session("2019-06-01", "FINANCING", false)));

        assertThat(caseworker.post("/api/fiscal-years/2019/close", Map.of("reason", "決算承認")).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        ok(supervisor.post("/api/fiscal-years/2019/close", Map.of("reason", "決算承認")));
        JsonNode closed = caseworker.get("/api/fiscal-years").getBody();
        assertThat(closed.findValuesAsText("fiscalYear")).containsExactly("2019");
        assertThat(closed.get(0).get("closedBy").asText()).isEqualTo("supervisor");
        assertThat(closed.get(0).get("reason").asText()).isEqualTo("決算承認");

        ResponseEntity<JsonNode> late = caseworker.post(sessions, TestData.session("2019-07-01", "FINANCING", false));
        assertThat(late.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(late.getBody().get("field").asText()).isEqualTo("heldOn");
        assertThat(late.getBody().get("detail").asText()).startsWith("heldOn 2019-07-01 falls in 2019 (R01), which was closed on ");
        assertThat(new ApiClient(rest, "auditor").get("/api/audit/streams/" + caseId).getBody().size())
                .as("the refused session stored nothing").isEqualTo(2);
        ok(caseworker.post(sessions, TestData.session("2020-04-01", "FINANCING", false)));

        // the reports say whose figures are final
        ResponseEntity<JsonNode> fy2019 = caseworker.get("/api/reports/consultations/2019");
        assertThat(fy2019.getBody().get("figures").get("status").asText()).isEqualTo("CLOSED");
        assertThat(fy2019.getBody().get("figures").get("closedBy").asText()).isEqualTo("supervisor");
        assertThat(fy2019.getHeaders().getFirst("X-Figures-Status")).startsWith("closed; closedOn=");
        assertThat(caseworker.get("/api/reports/leases/2020").getBody().get("figures").get("status").asText())
                .isEqualTo("PROVISIONAL");
        assertThat(caseworker.getText("/api/reports/matching/2019?format=csv").getHeaders().getFirst("X-Figures-Status"))
                .startsWith("closed");
        PageSession reporter = new PageSession(port);
        reporter.signIn("reporter", "demo");
        assertThat(reporter.get("/reports/consultations/2019").body()).as("the page says so too, on paper as well")
                .containsPattern("確定値：\\d{4}-\\d{2}-\\d{2} に supervisor が年度を締めました（版 \\d+）。");
        assertThat(reporter.get("/reports/leases/2020").body()).contains("暫定値：");

        // the year running now has not ended and cannot be closed
        int current = FiscalYear.containing(LocalDate.parse(caseworker.get("/api/business-date").getBody()
                .get("businessDate").asText())).startYear();
        ResponseEntity<JsonNode> running = supervisor.post("/api/fiscal-years/" + current + "/close",
                Map.of("reason", "早すぎる"));
        assertThat(running.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);

        assertThat(supervisor.post("/api/fiscal-years/2019/reopen", Map.of("reason", "計上漏れ")).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(admin.post("/api/fiscal-years/2019/reopen", Map.of("reason", " ")).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        ok(admin.post("/api/fiscal-years/2019/reopen", Map.of("reason", "相談記録の計上漏れ")));
        assertThat(caseworker.get("/api/fiscal-years").getBody()).isEmpty();
        ok(caseworker.post(sessions, TestData.session("2019-07-01", "FINANCING", false)));
    }

    private static void ok(ResponseEntity<JsonNode> response) {
        assertThat(response.getStatusCode().is2xxSuccessful()).as(String.valueOf(response.getBody())).isTrue();
    }
}
