package org.smesupport.casework.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smesupport.casework.app.Answers.created;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The access log beside the events: a reporter refused a case's notes, a caseworker's refused change with the rule it
 * broke, the caseworker's read of the case (over the API and on its page), and a failed sign-in, each with who, when
 * and what, searchable by kind and user by auditors only, over the API and on their page.
 */
class AccessLogEndToEndTest extends EndToEndTest {

    @LocalServerPort
    int port;

    @Test
    void refusalsReadsOfNotesAndFailedSignInsAreLoggedWithWhoAndWhat() {
        ApiClient caseworker = as("caseworker");
        String companyId = created(caseworker.post("/api/companies", TestData.company()));
        String caseId = created(caseworker.post("/api/consultations",
                TestData.openCase(companyId, "ONE_STOP", "2020-06-01")));
        assertThat(as("reporter").get("/api/consultations/" + caseId).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(caseworker.post("/api/consultations/" + caseId + "/sessions",
                TestData.session("2020-05-01", "FINANCING", false)).getStatusCode())
                .as("before the case was opened").isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(caseworker.get("/api/consultations/" + caseId).getStatusCode()).isEqualTo(HttpStatus.OK);
        String stranger = "nobody-" + UUID.randomUUID();
        ResponseEntity<JsonNode> signIn = rest.withBasicAuth(stranger, "guess")
                .postForEntity("/api/auth/token", null, JsonNode.class);
        assertThat(signIn.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        // the same through the pages
        PageSession staff = new PageSession(port);
        staff.signIn("caseworker2", "demo");
        assertThat(staff.get("/consultations/" + caseId).statusCode()).isEqualTo(200);
        PageSession reader = new PageSession(port);
        reader.signIn("reporter", "demo");
        assertThat(reader.get("/consultations/" + caseId).statusCode()).isEqualTo(403);
        ApiClient auditor = as("auditor");
        JsonNode pageRead = entry(auditor, "PERSONAL_DATA_READ", "caseworker2", "/consultations/" + caseId);
        assertThat(pageRead.get("path").asText()).isEqualTo("/consultations/" + caseId);
        assertThat(entry(auditor, "ACCESS_DENIED", "reporter", "/consultations/" + caseId).get("path").asText())
                .doesNotStartWith("/api");

        JsonNode denied = entry(auditor, "ACCESS_DENIED", "reporter", caseId);
        assertThat(denied.get("status").asInt()).isEqualTo(403);
        assertThat(denied.get("method").asText()).isEqualTo("GET");
        assertThat(denied.get("roles").asText()).isEqualTo("REPORTER");
        assertThat(denied.get("correlationId").asText()).isNotBlank();
        JsonNode refused = entry(auditor, "REFUSED", "caseworker", caseId + "/sessions");
        assertThat(refused.get("status").asInt()).isEqualTo(422);
        assertThat(refused.get("detail").asText()).contains("rule-violation", "before the case was opened");
        JsonNode read = entry(auditor, "PERSONAL_DATA_READ", "caseworker", "/api/consultations/" + caseId);
        assertThat(read.get("status").asInt()).isEqualTo(200);
        JsonNode failed = auditor.awaitGet("/api/audit/access?kind=SIGN_IN_FAILED&user=" + stranger,
                page -> page.get("total").asLong() == 1).get("items").get(0);
        assertThat(failed.get("detail").asText()).contains("wrong user name or password");
        assertThat(failed.get("recordedAt").asText()).isNotBlank();

        assertThat(auditor.get("/api/audit/access?kind=NOPE").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(caseworker.get("/api/audit/access").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        // the auditors' page: the same log, in Japanese, filtered by kind and user
        PageSession auditorPages = new PageSession(port);
        auditorPages.signIn("auditor", "demo");
        String log = auditorPages.get("/audit/access?kind=ACCESS_DENIED&user=reporter").body();
        assertThat(log).contains("アクセス記録", "権限による拒否", "reporter (REPORTER)", "GET /api/consultations/" + caseId,
                "GET /consultations/" + caseId).doesNotContain("個人情報の閲覧</td>");
        assertThat(auditorPages.get("/audit/access?user=" + stranger).body()).contains("サインイン失敗");
        assertThat(staff.get("/audit/access").statusCode()).isEqualTo(403);
    }

    /** The newest entry of the kind for the user whose path contains {@code path}, once written. */
    private static JsonNode entry(ApiClient auditor, String kind, String user, String path) {
        JsonNode page = auditor.awaitGet("/api/audit/access?size=200&kind=" + kind + "&user=" + user,
                found -> found.get("items").findValuesAsText("path").stream().anyMatch(each -> each.contains(path)));
        for (JsonNode item : page.get("items")) {
            if (item.get("path").asText().contains(path)) {
                return item;
            }
        }
        throw new AssertionError("no " + kind + " entry for " + path);
    }
}
