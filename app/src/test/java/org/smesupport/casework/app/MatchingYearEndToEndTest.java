package org.smesupport.casework.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smesupport.casework.app.Answers.created;
import static org.smesupport.casework.app.Answers.ok;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A year (FY2013) of business matching over HTTP: three supplier registrations, three order requests,
 * four introductions with their outcomes and two corrections, and a matching fair; then the candidate
 * ranking and the report's figures, computed by hand below. No other test uses matching or FY2013.
 * <p>
 * Deals: R1→S1 concluded 1,500,000, corrected to 1,200,000; R1→S2 not concluded; R2→S2 concluded 800,000,
 * corrected to not concluded; R3→S3 concluded 300,000. So a = 4 introductions, b = 2 deals, success rate
 * 50.0 %, initial orders 1,500,000 yen (1,500 千円). The fair: 2 ordering firms (1 of 2 satisfied, 50.0 %),
 * 3 suppliers (2 of 3, 66.7 %), 3 meetings.
 */
class MatchingYearEndToEndTest extends EndToEndTest {

    @Test
    void aYearOfMatchingAddsUpInTheReport() {
        ApiClient caseworker = as("caseworker");
        String s1 = supplier(caseworker, List.of("MACHINING", "SHEET_METAL"), List.of("ISO_9001"), "KAWASAKI", 100, "2013-04-10");
        String s2 = supplier(caseworker, List.of("MACHINING"), List.of(), "YOKOHAMA", 50, "2013-05-01");
        String s3 = supplier(caseworker, List.of("SOFTWARE"), List.of(), "SHONAN", 200, "2014-02-01");

        String r1 = orderRequest(caseworker, List.of("MACHINING", "SHEET_METAL"), List.of("ISO_9001"), "KAWASAKI", "2013-06-01");
        String r2 = orderRequest(caseworker, List.of("MACHINING"), List.of(), null, "2013-07-01");
        String r3 = orderRequest(caseworker, List.of("SOFTWARE"), List.of(), null, "2014-03-01");

        JsonNode candidates = caseworker.awaitGet("/api/matching/order-requests/" + r1 + "/candidates?limit=10",
                body -> body.path("candidates").size() == 2);
        assertThat(candidates.get("candidates").findValuesAsText("supplierId")).containsExactly(s1, s2);
        assertThat(candidates.get("candidates").get(0).get("reasons").toString())
                .contains("ISO", "preferred region").doesNotContain("lacks");
        assertThat(candidates.get("candidates").get(1).get("reasons").toString()).contains("lacks");

        String r1s1 = introduce(caseworker, r1, s1, "2013-06-05");
        String r1s2 = introduce(caseworker, r1, s2, "2013-06-05");
        String r2s2 = introduce(caseworker, r2, s2, "2013-07-10");
        String r3s3 = introduce(caseworker, r3, s3, "2014-03-05");
        ok(caseworker.post(referral(r1, r1s1, "/outcome"), Map.of("outcome", "CONCLUDED",
                "initialOrderAmount", 1_500_000, "decidedOn", "2013-07-01")));
        ok(caseworker.post(referral(r1, r1s2, "/outcome"), Map.of("outcome", "NOT_CONCLUDED",
                "reason", "納期が合わない", "decidedOn", "2013-07-01")));
        ok(caseworker.post(referral(r2, r2s2, "/outcome"), Map.of("outcome", "CONCLUDED",
                "initialOrderAmount", 800_000, "decidedOn", "2013-08-01")));
        ok(caseworker.post(referral(r3, r3s3, "/outcome"), Map.of("outcome", "CONCLUDED",
                "initialOrderAmount", 300_000, "decidedOn", "2014-03-20")));
        // corrections change figures the centre may have published: a caseworker asks, a supervisor decides
        ApiClient supervisor = as("supervisor");
        ok(caseworker.post(referral(r1, r1s1, "/correction"), Map.of("outcome", "CONCLUDED",
                "initialOrderAmount", 1_200_000, "reason", "発注書の金額に訂正", "requestedOn", "2013-09-01")));
        ok(caseworker.post(referral(r2, r2s2, "/correction"), Map.of("outcome", "NOT_CONCLUDED",
                "reason", "発注が取り消された", "requestedOn", "2013-09-15")));
        // the queue is the whole centre's: other work in the same application may be waiting in it too
        JsonNode queue = supervisor.awaitGet("/api/matching/referrals/corrections-awaiting-approval",
                body -> body.get("items").findValuesAsText("referralId").containsAll(List.of(r1s1, r2s2)));
        List<JsonNode> ours = StreamSupport.stream(queue.get("items").spliterator(), false)
                .filter(item -> List.of(r1s1, r2s2).contains(item.get("referralId").asText())).toList();
        assertThat(ours).extracting(item -> item.get("referralId").asText()).containsExactly(r1s1, r2s2);
        assertThat(ours.get(0).get("correction").get("initialOrderAmount").asLong()).isEqualTo(1_200_000);
        assertThat(caseworker.post(referral(r1, r1s1, "/correction/approve"), Map.of("decidedOn", "2013-09-02"))
                .getStatusCode()).as("only a supervisor decides").isEqualTo(HttpStatus.FORBIDDEN);
        ok(supervisor.post(referral(r1, r1s1, "/correction/approve"), Map.of("decidedOn", "2013-09-02")));
        ok(supervisor.post(referral(r2, r2s2, "/correction/approve"), Map.of("decidedOn", "2013-09-16")));
        assertThat(caseworker.post(referral(r3, r3s3, "/outcome"), Map.of("outcome", "CONCLUDED",
                "initialOrderAmount", 1, "decidedOn", "2014-03-21")).getStatusCode())
                .as("an outcome is never overwritten").isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);

        String fair = created(caseworker.post("/api/matching/fairs", Map.of("name", "オンライン商談会（重点エリア：川崎）",
                "startsOn", "2013-10-01", "endsOn", "2013-10-10", "format", "ONLINE", "focusArea", "川崎",
                "partners", List.of("川崎商工会議所"))));
        String o1 = participant(caseworker, fair, "ORDERING", "発注A社");
        String o2 = participant(caseworker, fair, "ORDERING", "発注B社");
        String p1 = participant(caseworker, fair, "SUPPLYING", "受注C社");
        String p2 = participant(caseworker, fair, "SUPPLYING", "受注D社");
        String p3 = participant(caseworker, fair, "SUPPLYING", "受注E社");
        meeting(caseworker, fair, o1, p1);
        meeting(caseworker, fair, o1, p2);
        meeting(caseworker, fair, o2, p3);
        Map.of(o1, true, o2, false, p1, true, p2, true, p3, false).forEach((participant, satisfied) -> ok(caseworker.post(
                "/api/matching/fairs/" + fair + "/satisfaction", Map.of("participantId", participant, "satisfied", satisfied))));

        JsonNode request = caseworker.awaitGet("/api/matching/order-requests/" + r2,
                body -> body.path("referrals").path(0).path("corrections").size() == 1);
        JsonNode correction = request.get("referrals").get(0).get("corrections").get(0);
        assertThat(correction.get("previousOutcome").asText()).isEqualTo("CONCLUDED");
        assertThat(correction.get("reason").asText()).isEqualTo("発注が取り消された");
        assertThat(correction.get("requestedBy").asText()).isEqualTo("caseworker");
        assertThat(correction.get("user").asText()).isEqualTo("supervisor");
        // the auditors' state of the request now is the detail view, rebuilt from its events
        assertThat(as("auditor").get("/api/audit/streams/" + r2 + "/state").getBody().get("view")).isEqualTo(request);

        JsonNode report = caseworker.awaitGet("/api/reports/matching/2013",
                body -> body.path("meetings").asLong() == 3 && line(body, "INITIAL_ORDER_AMOUNT").path("b").path("yen").asLong() == 1_500_000
                        && line(body, "CONCLUDED").path("b").path("count").asLong() == 2
                        && body.path("fairs").path(0).path("supplying").path("answers").asLong() == 3);
        assertThat(line(report, "ORDER_REQUESTS").get("b").get("count").asLong()).isEqualTo(3);
        assertThat(line(report, "SUPPLIER_REGISTRATIONS").get("b").get("count").asLong()).isEqualTo(3);
        assertThat(line(report, "INTRODUCTIONS").get("b").get("count").asLong()).isEqualTo(4);
        assertThat(line(report, "SUCCESS_RATE").get("b").get("percent").decimalValue()).isEqualByComparingTo("50.0");
        assertThat(line(report, "INITIAL_ORDER_AMOUNT").get("b").get("thousandYen").asLong()).isEqualTo(1_500);
        assertThat(line(report, "ORDER_REQUESTS").path("ratio").asText(null)).as("B/A % without A").isNull();
        // the drill-down: the outcomes behind 成立件数, a corrected one taking its count back
        JsonNode concluded = caseworker.get("/api/reports/matching/2013/figures/MATCHING/CONCLUDED").getBody();
        assertThat(concluded.get("fromRecords").asLong()).isEqualTo(2);
        assertThat(concluded.get("items").findValuesAsText("contribution")).contains("1");
        assertThat(caseworker.get("/api/reports/matching/2013/self-check").getBody().get("mismatches")).isEmpty();
        JsonNode fairRow = report.get("fairs").get(0);
        assertThat(fairRow.get("ordering").get("participants").asLong()).isEqualTo(2);
        assertThat(fairRow.get("ordering").get("satisfactionPercent").decimalValue()).isEqualByComparingTo("50.0");
        assertThat(fairRow.get("supplying").get("participants").asLong()).isEqualTo(3);
        assertThat(fairRow.get("supplying").get("satisfactionPercent").decimalValue()).isEqualByComparingTo("66.7");
        assertThat(report.get("previousYearMeetings").asLong()).isZero();
    }

    private String supplier(ApiClient caseworker, List<String> processes, List<String> certifications, String region,
                            int hours, String registeredOn) {
        String companyId = created(caseworker.post("/api/companies", TestData.company()));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("companyId", companyId);
        body.put("processes", processes);
        body.put("equipment", List.of("マシニングセンタ"));
        body.put("certifications", certifications);
        body.put("availableHoursPerMonth", hours);
        body.put("region", region);
        body.put("focusFields", List.of("EV"));
        body.put("registeredOn", registeredOn);
        return created(caseworker.post("/api/matching/suppliers", body));
    }

    private String orderRequest(ApiClient caseworker, List<String> processes, List<String> certifications,
                                String preferredRegion, String receivedOn) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("orderingFirm", "大手機械株式会社");
        body.put("orderingFirmRegion", "KAWASAKI");
        body.put("work", "試作部品の加工");
        body.put("processes", processes);
        body.put("quantity", 100);
        body.put("deliveryBy", "2014-03-31");
        body.put("requiredCertifications", certifications);
        if (preferredRegion != null) {
            body.put("preferredRegion", preferredRegion);
        }
        body.put("receivedOn", receivedOn);
        return created(caseworker.post("/api/matching/order-requests", body));
    }

    private static String introduce(ApiClient caseworker, String request, String supplier, String on) {
        ResponseEntity<JsonNode> response = caseworker.post("/api/matching/order-requests/" + request + "/referrals",
                Map.of("supplierId", supplier, "introducedOn", on));
        ok(response);
        return response.getBody().get("referralId").asText();
    }

    private static String participant(ApiClient caseworker, String fair, String side, String firm) {
        ResponseEntity<JsonNode> response = caseworker.post("/api/matching/fairs/" + fair + "/participants",
                Map.of("side", side, "firmName", firm));
        ok(response);
        return response.getBody().get("participantId").asText();
    }

    private static void meeting(ApiClient caseworker, String fair, String ordering, String supplying) {
        ok(caseworker.post("/api/matching/fairs/" + fair + "/meetings", Map.of("orderingParticipantId", ordering,
                "supplyingParticipantId", supplying, "heldOn", "2013-10-05")));
    }

    private static String referral(String request, String referral, String action) {
        return "/api/matching/order-requests/" + request + "/referrals/" + referral + action;
    }

    private static JsonNode line(JsonNode report, String code) {
        for (JsonNode line : report.path("matching")) {
            if (line.path("code").asText().equals(code)) {
                return line;
            }
        }
        return MissingNode.getInstance();
    }
}
