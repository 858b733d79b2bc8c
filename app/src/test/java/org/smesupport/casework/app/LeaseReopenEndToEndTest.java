package org.smesupport.casework.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The payment that completed a contract bounces: the contract is active again and owes the money. */
class LeaseReopenEndToEndTest extends EndToEndTest {

    @Test
    void aBouncedFinalPaymentReopensTheContract() {
        ApiClient caseworker = as("caseworker");
        String companyId = caseworker.post("/api/companies", TestData.company()).getBody().get("id").asText();
        String lease = caseworker.post("/api/leases", Map.of("companyId", companyId, "kind", "LEASE",
                "equipment", "包装機", "amount", 600_000, "termMonths", 6, "frequency", "MONTHLY",
                "annualRateBasisPoints", 0, "contractDate", "2019-04-01", "firstDueDate", "2019-05-01"))
                .getBody().get("id").asText();
        ResponseEntity<JsonNode> paid = caseworker.post("/api/leases/" + lease + "/payments",
                Map.of("receivedOn", "2019-05-01", "amount", 600_000));
        assertThat(paid.getStatusCode()).isEqualTo(HttpStatus.OK);
        caseworker.awaitGet("/api/leases/" + lease, body -> "COMPLETED".equals(body.path("summary").path("status").asText()));

        ResponseEntity<JsonNode> reversed = caseworker.post("/api/leases/" + lease + "/payments/"
                + paid.getBody().get("paymentId").asText() + "/reverse", Map.of("reversedOn", "2019-05-08", "reason", "振込不能"));

        assertThat(reversed.getStatusCode()).as(String.valueOf(reversed.getBody())).isEqualTo(HttpStatus.OK);
        JsonNode detail = caseworker.awaitGet("/api/leases/" + lease,
                body -> "ACTIVE".equals(body.path("summary").path("status").asText()));
        assertThat(detail.get("timeline").findValuesAsText("type")).contains("COMPLETED", "REOPENED", "PAYMENT_REVERSED");
        assertThat(detail.get("schedule").findValuesAsText("state")).doesNotContain("PAID");
    }
}
