package org.smesupport.casework.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
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
 * A close of business asked for while the lease read model is being rebuilt (a replay empties it first)
 * must not close the day on the contracts rebuilt so far: it waits for the read model to apply every
 * stored event and then examines every contract. Its own application, as the run examines every contract.
 */
@SpringBootTest(classes = CaseworkApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CloseOfBusinessDuringRebuildEndToEndTest {

    private static final int CONTRACTS = 12;

    @Autowired
    TestRestTemplate rest;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) throws IOException {
        String dir = Files.createTempDirectory("casework-cob-rebuild-").toString();
        registry.add("casework.data-dir", () -> dir);
    }

    @Test
    void aRunDuringARebuildMissesNoContract() {
        ApiClient caseworker = new ApiClient(rest, "caseworker");
        String companyId = caseworker.post("/api/companies", TestData.company()).getBody().get("id").asText();
        String last = null;
        for (int i = 0; i < CONTRACTS; i++) {
            last = caseworker.post("/api/leases", Map.of("companyId", companyId, "kind", "LEASE",
                    "equipment", "複合機 " + i, "amount", 1_200_000, "termMonths", 12, "frequency", "MONTHLY",
                    "annualRateBasisPoints", 0, "contractDate", "2024-04-01", "firstDueDate", "2024-05-01"))
                    .getBody().get("id").asText();
        }
        caseworker.awaitGet("/api/leases/" + last, body -> true);

        ResponseEntity<JsonNode> replay = new ApiClient(rest, "admin")
                .post("/api/admin/projections/lease-contracts/replay", Map.of());
        assertThat(replay.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        ResponseEntity<JsonNode> run = new ApiClient(rest, "supervisor")
                .post("/api/leases/close-of-business", Map.of("businessDate", "2024-06-02"));

        assertThat(run.getStatusCode()).as(String.valueOf(run.getBody())).isEqualTo(HttpStatus.OK);
        assertThat(run.getBody().get("days").get(0).get("contractsExamined").asInt()).isEqualTo(CONTRACTS);
        assertThat(run.getBody().get("contractsWithNewArrears").asInt()).isEqualTo(CONTRACTS);
        caseworker.awaitGet("/api/leases/" + last + "?asOf=2024-06-02",
                body -> body.path("summary").path("arrears").asLong() == 200_000);
    }
}
