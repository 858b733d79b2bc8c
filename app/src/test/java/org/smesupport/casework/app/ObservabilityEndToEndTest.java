package org.smesupport.casework.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smesupport.casework.app.Answers.created;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/**
 * What operators scrape and probe: Prometheus metrics (administrators only) with Axon's command, event-processor and
 * query meters by message type — refusals counted as failures of their command's type — and the projections' lag,
 * dead letters and rebuilds with the event store's size; the readiness group made of the stores and the projections.
 */
class ObservabilityEndToEndTest extends EndToEndTest {

    @Test
    void commandsRefusalsProjectionsAndTheStoresAreMeasuredAndProbed() {
        ApiClient caseworker = as("caseworker");
        String companyId = created(caseworker.post("/api/companies", TestData.company()));
        String caseId = created(caseworker.post("/api/consultations", TestData.openCase(companyId, "ONE_STOP",
                "2020-06-01")));
        assertThat(caseworker.post("/api/consultations/" + caseId + "/sessions",
                TestData.session("2020-05-01", "FINANCING", false)).getStatusCode())
                .isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        caseworker.awaitGet("/api/consultations/" + caseId, view -> true);

        String metrics = as("admin").getText("/actuator/prometheus").getBody();
        assertThat(value(metrics, "commandBus_successCounter_total{payloadType=\"RegisterCompanyCommand\"}"))
                .isGreaterThanOrEqualTo(BigDecimal.ONE);
        assertThat(value(metrics, "commandBus_failureCounter_total{payloadType=\"RecordConsultationSessionCommand\"}"))
                .as("a refused command counts as a failure of its type").isGreaterThanOrEqualTo(BigDecimal.ONE);
        assertThat(metrics).contains("commandBus_allTimer_seconds_count{payloadType=\"OpenConsultationCaseCommand\"}",
                "eventProcessor_allTimer_seconds_count{payloadType=\"ConsultationCaseOpenedEvent\","
                        + "processorName=\"consultation-cases\"}", "http_server_requests_seconds_count");
        for (String processor : List.of("consultation-cases", "consultation-statistics", "lease-contracts", "audit-chain")) {
            assertThat(metrics).contains("casework_projection_lag{processor=\"" + processor + "\"}",
                    "casework_projection_dead_letters{processor=\"" + processor + "\"}",
                    "casework_projection_replaying{processor=\"" + processor + "\"}");
        }
        assertThat(value(metrics, "casework_event_store_events")).isGreaterThanOrEqualTo(BigDecimal.valueOf(3));
        assertThat(caseworker.getText("/actuator/prometheus").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        JsonNode readiness = as("admin").get("/actuator/health/readiness").getBody();
        assertThat(readiness.get("status").asText()).isIn("UP", "DEGRADED");
        assertThat(readiness.get("components").fieldNames()).toIterable()
                .containsExactlyInAnyOrder("readinessState", "db", "readStore", "projections");
        assertThat(readiness.get("components").get("readStore").get("status").asText()).isEqualTo("UP");
    }

    /** The value of the sample {@code name} (with its labels) in Prometheus's text format, read exactly. */
    private static BigDecimal value(String metrics, String name) {
        return metrics.lines().filter(line -> line.startsWith(name + " ")).findFirst()
                .map(line -> new BigDecimal(line.substring(name.length() + 1).trim()))
                .orElseThrow(() -> new AssertionError("no sample " + name));
    }
}
