package org.smesupport.casework.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smesupport.casework.app.Answers.created;
import static org.smesupport.casework.app.Answers.line;
import static org.smesupport.casework.app.Answers.ok;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A mistaken close of business corrected over HTTP: the firm's transfer was credited on the due date but
 * entered only after the close of business had flagged the instalment, so arrears arose and the late entry
 * "recovered" them. A caseworker asks to lift them, a supervisor approves, and the instalment, the
 * contract's roll-forward and the year's report read as if the arrears had never arisen. The close of
 * business moves the business date of the whole application, so this runs in an application of its own.
 */
@SpringBootTest(classes = CaseworkApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ArrearsLiftEndToEndTest {

    @Autowired
    TestRestTemplate rest;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) throws IOException {
        String dir = Files.createTempDirectory("casework-arrears-lift-").toString();
        registry.add("casework.data-dir", () -> dir);
    }

    @Test
    void anApprovedLiftUndoesArrearsRaisedInError() {
        ApiClient caseworker = new ApiClient(rest, "caseworker");
        ApiClient supervisor = new ApiClient(rest, "supervisor");
        String companyId = created(caseworker.post("/api/companies", TestData.company()));
        String lease = created(caseworker.post("/api/leases", LeaseInArrears.contract(companyId)));
        ok(supervisor.post("/api/leases/close-of-business", Map.of("businessDate", "2015-05-02"))); // 1 → arrears
        ok(caseworker.post("/api/leases/" + lease + "/payments", Map.of("receivedOn", "2015-05-01", "amount", 100_000)));

        ResponseEntity<JsonNode> refused = caseworker.post("/api/leases/" + lease + "/arrears-lifts",
                Map.of("instalmentNumbers", List.of(2), "requestedOn", "2015-05-02", "reason", "期日入金の記帳漏れ"));
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(refused.getBody().get("detail").asText()).contains("Instalment 2 is not in arrears");
        String requestId = caseworker.post("/api/leases/" + lease + "/arrears-lifts",
                        Map.of("instalmentNumbers", List.of(1), "requestedOn", "2015-05-02", "reason", "期日入金の記帳漏れ"))
                .getBody().get("requestId").asText();
        JsonNode queue = supervisor.awaitGet("/api/leases/approvals?kind=ARREARS_LIFT",
                body -> body.findValuesAsText("requestId").contains(requestId));
        JsonNode lifted = queue.findValue("lifted").get(0);
        assertThat(lifted.get("arisen").asLong()).isEqualTo(100_000);
        assertThat(lifted.get("recovered").asLong()).isEqualTo(100_000);
        assertThat(caseworker.post("/api/leases/" + lease + "/arrears-lifts/" + requestId + "/approve",
                Map.of("decidedOn", "2015-05-02")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ok(supervisor.post("/api/leases/" + lease + "/arrears-lifts/" + requestId + "/approve",
                Map.of("decidedOn", "2015-05-02", "comment", "通帳で期日入金を確認")));

        JsonNode detail = caseworker.awaitGet("/api/leases/" + lease,
                body -> body.path("summary").path("pendingApprovals").asInt(-1) == 0
                        && !body.path("schedule").path(0).path("inArrears").asBoolean(true));
        assertThat(detail.get("summary").get("arrears").asLong()).isZero();
        JsonNode fy2015 = detail.get("rollForward").get(0);
        assertThat(List.of(fy2015.get("arising").asLong(), fy2015.get("recovered").asLong(),
                fy2015.get("closing").asLong())).containsExactly(0L, 0L, 0L);
        JsonNode report = caseworker.awaitGet("/api/reports/leases/2015",
                body -> line(body.get("receivables"), "ARISING").path("b").path("yen").asLong(-1) == 0);
        assertThat(line(report.get("receivables"), "RECOVERED").get("b").get("yen").asLong()).isZero();
    }

}
