package org.smesupport.casework.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smesupport.casework.app.Answers.created;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Human-readable references over HTTP: records opened through the API get consecutive numbers of their kind and
 * fiscal year a moment later, shown in their views and pages, and a reference leads back to its record, also from the
 * pages' search box.
 */
class ReferencesEndToEndTest extends EndToEndTest {

    @LocalServerPort
    int port;

    @Test
    void recordsAreNumberedPerKindAndFiscalYearAndFoundByTheirReference() {
        ApiClient caseworker = as("caseworker");
        String companyId = created(caseworker.post("/api/companies", TestData.company()));
        String first = created(caseworker.post("/api/consultations", TestData.openCase(companyId, "ONE_STOP", "2020-06-01")));
        String second = created(caseworker.post("/api/consultations", TestData.openCase(companyId, "ONE_STOP", "2021-03-31")));
        String lease = created(caseworker.post("/api/leases", lease(companyId)));

        String firstReference = referenceOf(caseworker, "/api/consultations/" + first);
        String secondReference = referenceOf(caseworker, "/api/consultations/" + second);
        String leaseReference = referenceOf(caseworker, "/api/leases/" + lease);

        assertThat(firstReference).matches("相談-2020-\\d{6}");
        assertThat(number(secondReference)).as("the next number of FY2020").isEqualTo(number(firstReference) + 1);
        assertThat(secondReference).startsWith("相談-2020-");
        assertThat(leaseReference).matches("貸与-2019-\\d{4}");
        assertThat(caseworker.get("/api/consultations?companyId=" + companyId).getBody().findValuesAsText("reference"))
                .containsExactlyInAnyOrder(firstReference, secondReference);
        assertThat(caseworker.get("/api/consultations?reference=" + secondReference).getBody().findValuesAsText("caseId"))
                .containsExactly(second);
        assertThat(caseworker.get("/api/leases?reference=" + leaseReference).getBody().findValuesAsText("contractId"))
                .containsExactly(lease);

        JsonNode found = caseworker.awaitGet("/api/references/" + leaseReference, answer -> true);
        assertThat(found.get("kind").asText()).isEqualTo("LEASE");
        assertThat(found.get("recordId").asText()).isEqualTo(lease);
        assertThat(found.get("path").asText()).isEqualTo("/api/leases/" + lease);
        assertThat(caseworker.awaitGet("/api/references/" + firstReference, answer -> true).get("path").asText())
                .isEqualTo("/api/consultations/" + first);
        assertThat(as("auditor").awaitGet("/api/references/" + secondReference, answer -> true).get("recordId").asText())
                .isEqualTo(second);
        ResponseEntity<JsonNode> unknown = caseworker.get("/api/references/相談-1999-000001");
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unknown.getBody().get("detail").asText()).contains("相談-1999-000001");

        PageSession browser = new PageSession(port);
        browser.signIn("caseworker", "demo");
        HttpResponse<String> typed = browser.get("/find?reference=" + encode("  " + fullWidth(firstReference) + " "));
        assertThat(PageSession.location(typed)).isEqualTo("/consultations/" + first);
        assertThat(browser.get("/consultations/" + first).body()).contains(firstReference, "番号で探す");
        assertThat(browser.get("/companies/" + companyId).body()).contains(firstReference, secondReference, leaseReference);
        HttpResponse<String> nothing = browser.get("/find?reference=" + encode("貸与-1999-0001"));
        assertThat(nothing.statusCode()).isEqualTo(404);
        assertThat(nothing.body()).contains("「貸与-1999-0001」という番号の記録はありません。");
    }

    /** The reference as typed on a Japanese keyboard in full-width mode: ２０２０ and a full-width hyphen. */
    private static String fullWidth(String reference) {
        StringBuilder typed = new StringBuilder();
        reference.chars().forEach(c -> typed.append(c >= '0' && c <= '9' ? (char) ('０' + c - '0') : c == '-' ? '－' : (char) c));
        return typed.toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String referenceOf(ApiClient client, String path) {
        return client.awaitGet(path, view -> view.path("summary").hasNonNull("reference"))
                .path("summary").path("reference").asText();
    }

    private static long number(String reference) {
        return Long.parseLong(reference.substring(reference.lastIndexOf('-') + 1));
    }

    private static Map<String, Object> lease(String companyId) {
        Map<String, Object> body = new LinkedHashMap<>(LeaseInArrears.contract(companyId));
        body.put("contractDate", "2019-06-01");
        body.put("firstDueDate", "2019-07-01");
        return body;
    }
}
