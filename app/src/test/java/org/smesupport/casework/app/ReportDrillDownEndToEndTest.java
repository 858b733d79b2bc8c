package org.smesupport.casework.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smesupport.casework.app.Answers.created;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;

/**
 * The drill-down of the consultation report through the API: each figure lists the sessions behind it (date,
 * case, desk, counsellor, who recorded it, the event's id and stream), paged, as many as the figure says; the
 * self-check finds every figure of the report equal to its records, and names the one figure a damaged read model
 * gets wrong; the report page links each figure to a page of its records. Fiscal year 2007 is this test's alone.
 */
class ReportDrillDownEndToEndTest extends EndToEndTest {

    private static final String REPORT = "/api/reports/consultations/2007";

    @Autowired
    MongoDatabase readModels;

    @LocalServerPort
    int port;

    @Test
    void everyFigureListsTheSessionsBehindItAndTheSelfCheckAgrees() {
        ApiClient caseworker = as("caseworker");
        String companyId = created(caseworker.post("/api/companies", TestData.company()));
        String oneStop = created(caseworker.post("/api/consultations",
                TestData.openCase(companyId, "ONE_STOP", "2007-05-01")));
        String yorozu = created(caseworker.post("/api/consultations",
                TestData.openCase(companyId, "YOROZU_HUB", "2007-06-01")));
        List<String> recorded = new ArrayList<>();
        for (Map<String, Object> session : List.of(TestData.session("2007-05-02", "FINANCING", false),
                TestData.session("2007-09-14", "FINANCING", false), TestData.session("2008-03-31", "LEGAL", false))) {
            recorded.add(caseworker.post("/api/consultations/" + oneStop + "/sessions", session).getStatusCode()
                    .toString());
        }
        recorded.add(caseworker.post("/api/consultations/" + yorozu + "/sessions",
                TestData.session("2007-06-02", "FINANCING", false)).getStatusCode().toString());
        // FY2008: not behind any figure of FY2007
        recorded.add(caseworker.post("/api/consultations/" + oneStop + "/sessions",
                TestData.session("2008-04-01", "FINANCING", false)).getStatusCode().toString());
        assertThat(recorded).containsOnly("200 OK");
        ApiClient reporter = as("reporter");
        reporter.awaitGet(REPORT, report -> sessions(report, "ONE_STOP") == 3 && sessions(report, "YOROZU") == 1);

        JsonNode oneStopSessions = reporter.get(REPORT + "/figures/ONE_STOP/SESSIONS").getBody();
        assertThat(oneStopSessions.get("label").asText()).isEqualTo("相談件数");
        assertThat(oneStopSessions.get("fiscalYear").asInt()).isEqualTo(2007);
        assertThat(oneStopSessions.get("reported").get("count").asLong()).isEqualTo(3);
        assertThat(oneStopSessions.get("fromRecords").asLong()).isEqualTo(3);
        assertThat(oneStopSessions.get("records").asInt()).isEqualTo(3);
        JsonNode items = oneStopSessions.get("items");
        assertThat(items.findValuesAsText("type")).containsOnly("ConsultationSessionRecordedEvent");
        assertThat(items.findValuesAsText("aggregateId")).containsOnly(oneStop);
        assertThat(items.findValuesAsText("heldOn")).containsExactly("2007-05-02", "2007-09-14", "2008-03-31");
        assertThat(items.findValuesAsText("contribution")).containsOnly("1");
        JsonNode first = items.get(0);
        assertThat(first.get("payload").get("desk").asText()).isEqualTo("ONE_STOP");
        // a reader of reports sees the records without the people in them; the staff who work cases see them
        assertThat(first.get("payload").has("counsellor")).isFalse();
        assertThat(first.get("payload").has("notes")).isFalse();
        assertThat(first.get("withheld").toString()).contains("counsellor", "notes");
        assertThat(caseworker.get(REPORT + "/figures/ONE_STOP/SESSIONS").getBody().get("items").get(0).get("payload")
                .get("counsellor").asText()).isEqualTo("田中 相談員");
        assertThat(reporter.get("/api/consultations/" + oneStop).getStatusCode()).as("the case's notes")
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(reporter.get("/api/consultations?companyId=" + companyId).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(first.get("metadata").get("user").asText()).isEqualTo("caseworker");
        assertThat(first.get("eventId").asText()).isNotBlank();
        assertThat(first.get("stream").asText()).isEqualTo("/api/audit/streams/" + oneStop);
        assertThat(items.get(0).get("position").asLong()).isLessThan(items.get(1).get("position").asLong());

        JsonNode kip = reporter.get(REPORT + "/figures/ONE_STOP/KIP_TOTAL").getBody();
        assertThat(kip.get("records").asInt()).isEqualTo(4);
        assertThat(kip.get("reported").get("count").asLong()).isEqualTo(4);
        JsonNode financing = reporter.get(REPORT + "/figures/CATEGORIES/FINANCING").getBody();
        assertThat(financing.get("label").asText()).isEqualTo("資金");
        assertThat(financing.get("records").asInt()).isEqualTo(3);
        assertThat(financing.get("items").findValuesAsText("heldOn")).as("in the order they were recorded")
                .containsExactly("2007-05-02", "2007-09-14", "2007-06-02");

        JsonNode secondPage = reporter.get(REPORT + "/figures/ONE_STOP/SESSIONS?page=1&size=2").getBody();
        assertThat(secondPage.get("records").asInt()).isEqualTo(3);
        assertThat(secondPage.get("items").findValuesAsText("heldOn")).containsExactly("2008-03-31");

        JsonNode check = reporter.awaitGet(REPORT + "/self-check", answer -> answer.get("agrees").asBoolean());
        assertThat(check.get("figuresChecked").asInt()).isPositive();
        assertThat(check.get("mismatches")).isEmpty();

        // the same through the pages: the report links each figure to its records
        PageSession browser = new PageSession(port);
        browser.signIn("reporter", "demo");
        assertThat(browser.get("/reports/consultations/2007").body())
                .contains("href=\"/reports/consultations/2007/figures/ONE_STOP/SESSIONS\"",
                        "href=\"/reports/consultations/2007/figures/CATEGORIES/FINANCING\"");
        String page = browser.get("/reports/consultations/2007/figures/ONE_STOP/SESSIONS").body();
        assertThat(page).contains("2007 (H19) 相談件数 の内訳（記録）", "報告書の数値は、下の記録の合計と一致しています。",
                "ConsultationSessionRecordedEvent", "2008-03-31", oneStop, "個人に関する項目は表示していません")
                .doesNotContain("href=\"/history/", "田中 相談員");
        assertThat(browser.get("/consultations/" + oneStop).statusCode()).isEqualTo(403);
        PageSession auditor = new PageSession(port);
        auditor.signIn("auditor", "demo");
        assertThat(auditor.get("/reports/consultations/2007/figures/ONE_STOP/SESSIONS").body())
                .contains("href=\"/history/" + oneStop + "\"", "田中 相談員");
        assertThat(browser.get("/reports/consultations/2007/figures/ONE_STOP/NOTHING").statusCode()).isEqualTo(404);

        assertThat(reporter.get(REPORT + "/figures/ONE_STOP/NOTHING").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(reporter.get("/api/reports/nothing/2007/figures/ONE_STOP/SESSIONS").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(reporter.get(REPORT + "/figures/ONE_STOP/SESSIONS?size=0").getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(reporter.get("/api/reports/consultations/20x7/self-check").getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void theSelfCheckNamesTheFigureADamagedReadModelGetsWrong() {
        ApiClient caseworker = as("caseworker");
        String companyId = created(caseworker.post("/api/companies", TestData.company()));
        String subcontracting = created(caseworker.post("/api/consultations",
                TestData.openCase(companyId, "SUBCONTRACTING", "2007-07-01")));
        assertThat(caseworker.post("/api/consultations/" + subcontracting + "/sessions",
                TestData.session("2007-07-02", "LEGAL", true)).getStatusCode()).isEqualTo(HttpStatus.OK);
        ApiClient reporter = as("reporter");
        reporter.awaitGet(REPORT + "/self-check", answer -> answer.get("agrees").asBoolean());
        long lawyer = reporter.get(REPORT + "/figures/SUBCONTRACTING/LAWYER").getBody().get("fromRecords").asLong();

        MongoCollection<Document> statistics = readModels.getCollection("consultation_statistics");
        String year = "consultations:FY2007";
        statistics.updateOne(Filters.eq("_id", year), Updates.inc("lawyerConsultationsByDesk.SUBCONTRACTING", 5L));
        try {
            JsonNode check = reporter.get(REPORT + "/self-check").getBody();
            assertThat(check.get("agrees").asBoolean()).isFalse();
            assertThat(check.get("mismatches")).singleElement().satisfies(mismatch -> {
                assertThat(mismatch.get("table").asText()).isEqualTo("SUBCONTRACTING");
                assertThat(mismatch.get("line").asText()).isEqualTo("LAWYER");
                assertThat(mismatch.get("fiscalYear").asInt()).isEqualTo(2007);
                assertThat(mismatch.get("reported").asLong()).isEqualTo(lawyer + 5);
                assertThat(mismatch.get("fromRecords").asLong()).isEqualTo(lawyer);
            });
        } finally {
            statistics.updateOne(Filters.eq("_id", year), Updates.inc("lawyerConsultationsByDesk.SUBCONTRACTING", -5L));
        }
        assertThat(reporter.get(REPORT + "/self-check").getBody().get("agrees").asBoolean()).isTrue();
    }

    private static long sessions(JsonNode report, String table) {
        for (JsonNode candidate : report.get("tables")) {
            if (candidate.get("code").asText().equals(table)) {
                return candidate.get("lines").get(0).get("b").path("count").asLong();
            }
        }
        return -1;
    }
}
