package org.smesupport.casework.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smesupport.casework.app.Answers.created;
import static org.smesupport.casework.app.Answers.line;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/**
 * A caseworker's whole consultation flow through the API, then the read models and the FY report
 * checked against hand-computed numbers. It uses fiscal years 2011 and 2012, which no other test
 * touches, so the statistics are this test's alone.
 */
class ConsultationFlowEndToEndTest extends EndToEndTest {

    @Test
    void caseLifecycleIsVisibleInTheCaseReadModelWithItsTimeline() {
        ApiClient caseworker = as("caseworker");
        String companyId = created(caseworker.post("/api/companies", TestData.company()));
        String caseId = created(caseworker.post("/api/consultations",
                TestData.openCase(companyId, "SUBCONTRACTING", "2010-06-01")));

        assertThat(version(caseworker.post("/api/consultations/" + caseId + "/assign",
                Map.of("caseworker", "caseworker2", "assignedOn", "2010-06-02", "expectedVersion", 0)))).isEqualTo(1);
        assertThat(version(caseworker.post("/api/consultations/" + caseId + "/sessions",
                TestData.session("2010-06-03", "LEGAL", true)))).isEqualTo(2);
        assertThat(version(caseworker.post("/api/consultations/" + caseId + "/expert-dispatches",
                Map.of("dispatchedOn", "2010-06-10", "kind", "MANAGEMENT_ADVISOR", "expert", "伊藤 専門家")))).isEqualTo(3);
        assertThat(version(caseworker.post("/api/consultations/" + caseId + "/close",
                Map.of("closedOn", "2010-06-30", "outcome", "RESOLVED", "summary", "解決")))).isEqualTo(4);
        assertThat(version(as("supervisor").post("/api/consultations/" + caseId + "/reopen",
                Map.of("reopenedOn", "2010-07-02", "reason", "相手方から再度の要請")))).isEqualTo(5);

        // nothing can be dated in the day the case was closed between 2010-06-30 and 2010-07-02
        ResponseEntity<JsonNode> inTheGap = caseworker.post("/api/consultations/" + caseId + "/sessions",
                TestData.session("2010-07-01", "LEGAL", false));
        assertThat(inTheGap.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(inTheGap.getBody().get("field").asText()).isEqualTo("heldOn");

        JsonNode detail = caseworker.awaitGet("/api/consultations/" + caseId,
                body -> body.path("summary").path("version").asLong() == 5);
        JsonNode summary = detail.get("summary");
        assertThat(summary.get("status").asText()).isEqualTo("OPEN");
        assertThat(summary.get("caseworker").asText()).isEqualTo("caseworker2");
        assertThat(summary.get("sessionCount").asInt()).isEqualTo(1);
        assertThat(summary.get("dispatchCount").asInt()).isEqualTo(1);
        assertThat(detail.get("timeline").findValuesAsText("type")).containsExactly(
                "OPENED", "ASSIGNED", "SESSION_RECORDED", "EXPERT_DISPATCHED", "CLOSED", "REOPENED");
        JsonNode reopened = detail.get("timeline").get(5);
        assertThat(reopened.get("user").asText()).isEqualTo("supervisor");
        assertThat(reopened.get("role").asText()).isEqualTo("SUPERVISOR");
        assertThat(reopened.get("reason").asText()).isEqualTo("相手方から再度の要請");

        JsonNode list = caseworker.awaitGet("/api/consultations?companyId=" + companyId + "&desk=SUBCONTRACTING",
                body -> body.get("total").asLong() == 1);
        assertThat(list.get("items").get(0).get("caseId").asText()).isEqualTo(caseId);
        assertThat(caseworker.get("/api/consultations?companyId=" + companyId + "&desk=ONE_STOP").getBody()
                .get("total").asLong()).isZero();
        assertThat(caseworker.get("/api/consultations/" + caseId + "-missing").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void fiscalYearReportMatchesHandComputedFigures() {
        ApiClient caseworker = as("caseworker");
        String companyId = created(caseworker.post("/api/companies", TestData.company()));
        List<String> commands = new ArrayList<>();

        // FY2011 (A): FINANCING ×2 and LEGAL ×1 at the one-stop desk (the LEGAL one in January 2012), one dispatch
        String oneStop = created(caseworker.post("/api/consultations", TestData.openCase(companyId, "ONE_STOP", "2011-05-10")));
        commands.add(session(caseworker, oneStop, "2011-05-12", "FINANCING", false));
        commands.add(session(caseworker, oneStop, "2011-06-01", "FINANCING", false));
        commands.add(session(caseworker, oneStop, "2012-01-15", "LEGAL", false));
        commands.add(status(caseworker.post("/api/consultations/" + oneStop + "/expert-dispatches",
                Map.of("dispatchedOn", "2011-07-01", "kind", "MANAGEMENT_ADVISOR", "expert", "専門家"))));
        // FY2012 (B): subcontracting desk LEGAL ×2 with a lawyer (the second on 2013-03-31), TRADE ×1;
        // an on-site GENERAL_MANAGEMENT ×1; and one session on 2013-04-01, which is FY2013
        String subcontracting = created(caseworker.post("/api/consultations",
                TestData.openCase(companyId, "SUBCONTRACTING", "2012-04-02")));
        commands.add(session(caseworker, subcontracting, "2012-04-03", "LEGAL", true));
        commands.add(session(caseworker, subcontracting, "2012-04-10", "TRADE", false));
        commands.add(session(caseworker, subcontracting, "2013-03-31", "LEGAL", true));
        commands.add(session(caseworker, subcontracting, "2013-04-01", "LEGAL", true));
        String onSite = created(caseworker.post("/api/consultations", TestData.openCase(companyId, "ON_SITE", "2012-08-01")));
        commands.add(session(caseworker, onSite, "2012-08-01", "GENERAL_MANAGEMENT", false));
        assertThat(commands).containsOnly("200 OK");

        JsonNode report = caseworker.awaitGet("/api/reports/consultations/2012",
                body -> body.path("total").path("countB").asLong() == 4 && body.path("total").path("countA").asLong() == 3);

        assertThat(report.get("yearALabel").asText()).isEqualTo("2011 (H23)");
        assertThat(report.get("yearBLabel").asText()).isEqualTo("2012 (H24)");
        JsonNode financing = row(report.get("categories"), "FINANCING");
        assertThat(financing.get("countA").asLong()).isEqualTo(2);
        assertThat(financing.get("shareA").decimalValue()).isEqualByComparingTo("66.7");
        assertThat(financing.get("countB").asLong()).isZero();
        assertThat(financing.get("shareB").decimalValue()).isEqualByComparingTo("0.0");
        assertThat(financing.get("difference").asLong()).isEqualTo(-2);
        assertThat(financing.get("ratio").decimalValue()).isEqualByComparingTo("0.0");
        JsonNode legal = row(report.get("categories"), "LEGAL");
        assertThat(legal.get("shareA").decimalValue()).isEqualByComparingTo("33.3");
        assertThat(legal.get("countB").asLong()).isEqualTo(2);
        assertThat(legal.get("shareB").decimalValue()).isEqualByComparingTo("50.0");
        assertThat(legal.get("ratio").decimalValue()).isEqualByComparingTo("200.0");
        JsonNode trade = row(report.get("categories"), "TRADE");
        assertThat(trade.get("countB").asLong()).isEqualTo(1);
        assertThat(trade.path("ratio").isMissingNode() || trade.get("ratio").isNull()).isTrue();
        assertThat(report.get("total").get("ratio").decimalValue()).isEqualByComparingTo("133.3");

        assertThat(line(report, "ONE_STOP", "SESSIONS").get("a").get("count").asLong()).isEqualTo(3);
        assertThat(line(report, "SUBCONTRACTING", "SESSIONS").get("b").get("count").asLong()).isEqualTo(3);
        assertThat(line(report, "SUBCONTRACTING", "LAWYER").get("b").get("count").asLong()).isEqualTo(2);
        assertThat(line(report, "ON_SITE", "SESSIONS").get("b").get("count").asLong()).isEqualTo(1);
        JsonNode advisor = line(report, "EXPERT_DISPATCHES", "MANAGEMENT_ADVISOR");
        assertThat(advisor.get("a").get("count").asLong()).isEqualTo(1);
        assertThat(advisor.get("b").get("count").asLong()).isZero();
        assertThat(report.get("yearLabels")).extracting(JsonNode::asText)
                .containsExactly("2008 (H20)", "2009 (H21)", "2010 (H22)", "2011 (H23)", "2012 (H24)");
        assertThat(line(report, "ONE_STOP", "KIP_TOTAL").get("years").get(4).get("count").asLong()).isEqualTo(4);

        ResponseEntity<String> csv = caseworker.getText("/api/reports/consultations/2012?format=csv");
        assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
        assertThat(csv.getBody()).contains("FINANCING,資金,2,66.7,0,0.0,-2,0.0");
        // content negotiation: CSV only where the client ranks it above JSON
        assertThat(contentType(caseworker, "text/csv")).startsWith("text/csv");
        assertThat(contentType(caseworker, "text/csv;q=0.9, application/json;q=0.5")).startsWith("text/csv");
        assertThat(contentType(caseworker, "application/json, text/csv")).startsWith("application/json");
        assertThat(contentType(caseworker, "*/*")).startsWith("application/json");
    }

    private static String contentType(ApiClient client, String accept) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.ACCEPT, accept);
        return client.getText("/api/reports/consultations/2012", headers).getHeaders().getContentType().toString();
    }

    @Test
    void sessionsAtEveryDeskCountTowardTheTotalsTheirDeskSays() {
        ApiClient caseworker = as("caseworker");
        String companyId = created(caseworker.post("/api/companies", TestData.company()));
        List<String> commands = new ArrayList<>();
        // FY2003, a year no other test records in: sessions per desk, one with a lawyer at 下請かけこみ寺
        Map<String, Integer> sessions = Map.of("YOROZU_HUB", 3, "YOROZU_SATELLITE", 2, "ONE_STOP", 2,
                "SUBCONTRACTING", 2, "ON_SITE", 1, "OVERSEAS", 1, "MIBYO_PHONE", 2);
        String caseId = null;
        for (Map.Entry<String, Integer> desk : sessions.entrySet()) {
            caseId = created(caseworker.post("/api/consultations", TestData.openCase(companyId, desk.getKey(), "2003-05-01")));
            for (int i = 0; i < desk.getValue(); i++) {
                commands.add(session(caseworker, caseId, "2003-05-0" + (2 + i), "GENERAL_MANAGEMENT",
                        desk.getKey().equals("SUBCONTRACTING") && i == 0));
            }
        }
        for (String kind : List.of("MANAGEMENT_ADVISOR", "MIBYO_IMPROVEMENT", "MIBYO_IMPROVEMENT")) {
            commands.add(status(caseworker.post("/api/consultations/" + caseId + "/expert-dispatches",
                    Map.of("dispatchedOn", "2003-06-01", "kind", kind, "expert", "専門家"))));
        }
        assertThat(commands).containsOnly("200 OK");

        JsonNode report = caseworker.awaitGet("/api/reports/consultations/2003",
                body -> line(body, "EXPERT_DISPATCHES", "TOTAL").path("b").path("count").asLong() == 3
                        && line(body, "ONE_STOP", "KIP_TOTAL").path("b").path("count").asLong() == 11);

        assertThat(line(report, "YOROZU", "SESSIONS").get("b").get("count").asLong()).as("hub and satellites").isEqualTo(5);
        assertThat(line(report, "ONE_STOP", "SESSIONS").get("b").get("count").asLong()).as("KIP − よろず").isEqualTo(6);
        assertThat(line(report, "ON_SITE", "SESSIONS").get("b").get("count").asLong()).isEqualTo(1);
        assertThat(line(report, "SUBCONTRACTING", "SESSIONS").get("b").get("count").asLong()).isEqualTo(2);
        assertThat(line(report, "SUBCONTRACTING", "LAWYER").get("b").get("count").asLong()).isEqualTo(1);
        assertThat(line(report, "MIBYO_PHONE", "SESSIONS").get("b").get("count").asLong()).as("apart").isEqualTo(2);
        assertThat(line(report, "EXPERT_DISPATCHES", "MIBYO_IMPROVEMENT").get("b").get("count").asLong()).isEqualTo(2);
        assertThat(report.get("total").get("countB").asLong()).as("the categories break down the KIP total").isEqualTo(11);
    }

    private static String session(ApiClient caseworker, String caseId, String heldOn, String category, boolean lawyer) {
        return status(caseworker.post("/api/consultations/" + caseId + "/sessions",
                TestData.session(heldOn, category, lawyer)));
    }

    private static JsonNode row(JsonNode rows, String code) {
        for (JsonNode row : rows) {
            if (row.get("code").asText().equals(code)) {
                return row;
            }
        }
        throw new AssertionError("no row " + code + " in " + rows);
    }

    private static long version(ResponseEntity<JsonNode> response) {
        assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.OK);
        return response.getBody().get("version").asLong();
    }

    private static String status(ResponseEntity<JsonNode> response) {
        return response.getStatusCode().toString();
    }
}
