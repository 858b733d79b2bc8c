package org.smesupport.casework.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smesupport.casework.app.Answers.created;
import static org.smesupport.casework.app.Answers.ok;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Fiscal years 2018 and 2019 of the restructuring and succession programme over HTTP, checked against
 * figures computed by hand; no other test uses these years for these programmes.
 * <p>
 * Rescue pipeline: C1 opened 2018-05, second stage 2018-06, drafting 2018-09, plan completed 2019-05 (its
 * lease is rescheduled through the lease programme); C2 opened 2018-07, second stage 2019-04, drafting
 * 2019-06, drastic plan 2019-12 (first naming an unknown contract, then another company's: both refused); C3 opened
 * 2019-04, special rescheduling 2019-05, withdrawn 2019-06; C4 opened 2018-10, second stage 2018-11,
 * drafting 2019-01 and still drafting. FY2018: 1次対応 3, 2次対応開始 2, 計画策定支援中 at year end 2 (C1,
 * C4), 完了 0. FY2019: 1次対応 1, 2次対応開始 1, 計画策定支援中 1 (C4), 完了 2 (抜本 1), 特例リスケ 1.
 * <p>
 * Succession FY2019: consultations 2 sellers, 1 buyer, 1 closure; deals S1→S2 (both in the prefecture:
 * 1.0) and S4→an outside buyer (0.5): 1.5; diagnoses 2, plans 1. Subsidies FY2019: one improvement plan
 * through every step, cost ¥3,600,000 → two thirds ¥2,400,000 → capped ¥2,000,000; one early plan refused
 * at the usage decision.
 */
class RestructuringYearEndToEndTest extends EndToEndTest {

    @Test
    void twoYearsOfRestructuringAndSuccessionAddUp() {
        ApiClient caseworker = as("caseworker");
        String c1Company = company(caseworker);
        String lease = created(caseworker.post("/api/leases", Map.of("companyId", c1Company, "kind", "LEASE",
                "equipment", "射出成形機", "amount", 1_200_000, "termMonths", 12, "frequency", "MONTHLY",
                "annualRateBasisPoints", 0, "contractDate", "2018-04-01", "firstDueDate", "2018-05-01")));

        String c1 = open(caseworker, c1Company, "2018-05-01");
        advance(caseworker, c1, "SECOND_STAGE", "2018-06-01");
        advance(caseworker, c1, "PLAN_DRAFTING", "2018-09-01");
        ok(caseworker.post(path(c1, "/creditors"), Map.of("creditor", "横浜銀行", "kind", "BANK")));
        ok(caseworker.post(path(c1, "/creditors/consent"), Map.of("creditor", "横浜銀行", "consented", true,
                "recordedOn", "2019-05-01")));
        String c2 = open(caseworker, company(caseworker), "2018-07-01");
        String c4 = open(caseworker, company(caseworker), "2018-10-01");
        advance(caseworker, c4, "SECOND_STAGE", "2018-11-01");
        advance(caseworker, c4, "PLAN_DRAFTING", "2019-01-10");
        assertThat(caseworker.post(path(c2, "/stage"), Map.of("stage", "PLAN_DRAFTING", "on", "2019-04-01"))
                .getStatusCode()).as("a step out of order").isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);

        ok(caseworker.post(path(c1, "/plan"), plan("2019-05-10", false, lease)));
        advance(caseworker, c2, "SECOND_STAGE", "2019-04-10");
        advance(caseworker, c2, "PLAN_DRAFTING", "2019-06-01");
        // a plan may reschedule only existing contracts of the case's own company
        ResponseEntity<JsonNode> unknownLease = caseworker.post(path(c2, "/plan"), plan("2019-12-01", true, "no-such-lease"));
        assertThat(unknownLease.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(unknownLease.getBody().get("field").asText()).isEqualTo("leaseReschedules");
        assertThat(caseworker.post(path(c2, "/plan"), plan("2019-12-01", true, lease)).getStatusCode())
                .as("C1's company's lease").isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        ok(caseworker.post(path(c2, "/plan"), Map.of("completedOn", "2019-12-01", "drastic", true,
                "planSummary", "債権放棄", "leaseReschedules", List.of())));
        String c3 = open(caseworker, company(caseworker), "2019-04-05");
        ok(caseworker.post(path(c3, "/special-rescheduling"), Map.of("appliedOn", "2019-05-01", "note", "元金据置1年")));
        ok(caseworker.post(path(c3, "/end"), Map.of("withdrawnByFirm", true, "reason", "自力再建を選択",
                "endedOn", "2019-06-01")));

        // the lease link: C1's reschedule is filed as a deferral request (approved there by a supervisor)
        JsonNode c1View = caseworker.awaitGet("/api/restructuring/cases/" + c1,
                body -> "REQUESTED".equals(body.path("leaseReschedules").path(0).path("status").asText()));
        String requestId = c1View.get("leaseReschedules").get(0).get("requestId").asText();
        ok(as("supervisor").post("/api/leases/" + lease + "/deferrals/" + requestId + "/approve",
                Map.of("decidedOn", "2019-05-20")));
        caseworker.awaitGet("/api/leases/" + lease, body -> body.path("schedule").size() == 2);

        // succession
        String s1 = succession(caseworker, "SELLER", "2019-04-10");
        String s2 = succession(caseworker, "BUYER", "2019-05-10");
        String s3 = succession(caseworker, "CLOSURE", "2019-06-01");
        String s4 = succession(caseworker, "SELLER", "2019-07-01");
        ok(caseworker.post("/api/succession/cases/" + s1 + "/diagnoses", Map.of("diagnosedOn", "2019-04-20")));
        ok(caseworker.post("/api/succession/cases/" + s3 + "/diagnoses", Map.of("diagnosedOn", "2019-06-05")));
        ok(caseworker.post("/api/succession/cases/" + s1 + "/plans", Map.of("plannedOn", "2019-08-01")));
        created(caseworker.post("/api/succession/deals", Map.of("seller", party(s1, null, true),
                "buyer", party(s2, null, true), "concludedOn", "2019-09-01")));
        ResponseEntity<JsonNode> concluded = caseworker.post("/api/succession/deals", Map.of(
                "seller", party(s4, null, true), "buyer", party(null, "東京の買手株式会社", false),
                "concludedOn", "2019-10-01"));
        String d2 = created(concluded);
        // the answer's Location is where the deal is read
        assertThat(caseworker.awaitGet(concluded.getHeaders().getLocation().getPath(),
                body -> body.path("concludedOn").asText().equals("2019-10-01")).get("dealId").asText()).isEqualTo(d2);
        assertThat(caseworker.get("/api/succession/deals/no-such-deal").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        // corrected with a reason: the counterpart's name, the same year and halves
        ok(caseworker.post("/api/succession/deals/" + d2 + "/correct", Map.of("seller", Map.of("caseId", s4),
                "buyer", party(null, "東京の買手ホールディングス株式会社", false), "concludedOn", "2019-10-01",
                "reason", "買手の商号の誤記", "correctedOn", "2019-10-15")));
        caseworker.awaitGet("/api/succession/deals?fiscalYear=2019",
                body -> body.toString().contains("東京の買手ホールディングス株式会社"));
        // a case concludes one deal
        ResponseEntity<JsonNode> again = caseworker.post("/api/succession/deals", Map.of("seller", party(s1, null, true),
                "buyer", party(null, "大阪の買手株式会社", false), "concludedOn", "2019-11-01"));
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(again.getBody().get("field").asText()).isEqualTo("seller.caseId");


        // improvement-plan subsidies
        String plan = created(caseworker.post("/api/restructuring/subsidies",
                Map.of("companyId", c1Company, "kind", "IMPROVEMENT_PLAN", "on", "2019-04-10")));
        step(caseworker, plan, "USAGE_APPLICATION_DECIDED", null, true, "2019-04-20");
        step(caseworker, plan, "PAYMENT_APPLICATION_RECEIVED", 3_600_000L, null, "2019-09-01");
        step(caseworker, plan, "PAYMENT_APPLICATION_DECIDED", null, true, "2019-09-10");
        step(caseworker, plan, "MONITORING_REPORT_RECEIVED", null, null, "2019-12-01");
        step(caseworker, plan, "MONITORING_REPORT_DECIDED", null, true, "2019-12-10");
        String early = created(caseworker.post("/api/restructuring/subsidies",
                Map.of("companyId", c1Company, "kind", "EARLY_IMPROVEMENT_PLAN", "on", "2019-05-01")));
        step(caseworker, early, "USAGE_APPLICATION_DECIDED", null, false, "2019-05-10");
        JsonNode subsidy = caseworker.awaitGet("/api/restructuring/subsidies/" + plan,
                body -> "MONITORING_REPORT_DECIDED".equals(body.path("lastStep").asText()));
        assertThat(List.of(subsidy.get("twoThirds").asLong(), subsidy.get("cap").asLong(), subsidy.get("subsidy").asLong()))
                .containsExactly(2_400_000L, 2_000_000L, 2_000_000L);
        // the auditors' state of the file now is the detail view, rebuilt from its events; at version 0 only applied for
        JsonNode states = as("auditor").get("/api/audit/streams/" + plan + "/state").getBody();
        assertThat(states.get("view")).isEqualTo(subsidy);
        assertThat(as("auditor").get("/api/audit/streams/" + plan + "/state?version=0").getBody().get("view")
                .get("lastStep").asText()).isNotEqualTo("MONITORING_REPORT_DECIDED");

        JsonNode report = caseworker.awaitGet("/api/reports/restructuring/2019",
                body -> line(body, "RESTRUCTURING", "PLAN_COMPLETED").path("b").path("count").asLong() == 2
                        && line(body, "SUCCESSION", "DEALS").path("b").path("halves").asLong() == 3
                        && line(body, "EARLY_IMPROVEMENT_PLAN", "USAGE_APPLICATION_DECIDED").path("b").path("count").asLong() == 1
                        && line(body, "IMPROVEMENT_PLAN", "MONITORING_REPORT_DECIDED").path("b").path("count").asLong() == 1);
        assertThat(counts(report, "RESTRUCTURING", "FIRST_RESPONSE")).containsExactly(3L, 1L);
        // the drill-down of a balance (計画策定支援中 at the year's end) and of a half-counted figure
        JsonNode drafting = caseworker.get("/api/reports/restructuring/2019/figures/RESTRUCTURING/PLAN_DRAFTING")
                .getBody();
        assertThat(drafting.get("fromRecords").asLong()).isEqualTo(1);
        assertThat(drafting.get("reported").get("count").asLong()).isEqualTo(1);
        JsonNode deals = caseworker.get("/api/reports/restructuring/2019/figures/SUCCESSION/DEALS").getBody();
        assertThat(deals.get("fromRecords").asLong()).isEqualTo(3);
        assertThat(deals.get("unit").asText()).isEqualTo("HALF_COUNT");
        assertThat(caseworker.get("/api/reports/restructuring/2019/self-check").getBody().get("mismatches")).isEmpty();
        assertThat(counts(report, "RESTRUCTURING", "SECOND_STAGE")).containsExactly(2L, 1L);
        assertThat(counts(report, "RESTRUCTURING", "PLAN_DRAFTING")).containsExactly(2L, 1L);
        assertThat(counts(report, "RESTRUCTURING", "PLAN_COMPLETED")).containsExactly(0L, 2L);
        assertThat(counts(report, "RESTRUCTURING", "DRASTIC")).containsExactly(0L, 1L);
        assertThat(counts(report, "RESTRUCTURING", "SPECIAL_RESCHEDULING")).containsExactly(0L, 1L);
        assertThat(line(report, "RESTRUCTURING", "FIRST_RESPONSE").get("ratio").decimalValue()).isEqualByComparingTo("33.3");
        assertThat(line(report, "SUCCESSION", "DEALS").get("b").get("halfCounted").decimalValue()).isEqualByComparingTo("1.5");
        assertThat(counts(report, "SUCCESSION", "CONSULTATIONS")).containsExactly(0L, 4L);
        assertThat(counts(report, "SUCCESSION", "CONSULTATIONS_SELLER")).containsExactly(0L, 2L);
        assertThat(counts(report, "SUCCESSION_DIAGNOSES", "DIAGNOSES")).containsExactly(0L, 2L);
        assertThat(counts(report, "SUCCESSION_PLANS", "PLANS")).containsExactly(0L, 1L);
        assertThat(line(report, "IMPROVEMENT_PLAN", "SUBSIDIES_DECIDED").get("b").get("thousandYen").asLong()).isEqualTo(2_000);
        assertThat(counts(report, "EARLY_IMPROVEMENT_PLAN", "PAYMENT_APPLICATION_RECEIVED")).containsExactly(0L, 0L);
    }

    private static String company(ApiClient caseworker) {
        return created(caseworker.post("/api/companies", TestData.company()));
    }

    private static String open(ApiClient caseworker, String companyId, String on) {
        return created(caseworker.post("/api/restructuring/cases", Map.of("companyId", companyId,
                "summary", "資金繰りの悪化", "openedOn", on)));
    }

    private static void advance(ApiClient caseworker, String caseId, String stage, String on) {
        ok(caseworker.post(path(caseId, "/stage"), Map.of("stage", stage, "on", on)));
    }

    private static Map<String, Object> plan(String completedOn, boolean drastic, String lease) {
        return Map.of("completedOn", completedOn, "drastic", drastic, "planSummary", "返済条件の変更",
                "leaseReschedules", List.of(Map.of("contractId", lease, "revisedInstalments", List.of(
                        Map.of("number", 1, "dueDate", "2019-10-01", "principal", 600_000, "interest", 0),
                        Map.of("number", 2, "dueDate", "2020-04-01", "principal", 600_000, "interest", 0)))));
    }

    private static String succession(ApiClient caseworker, String side, String on) {
        return created(caseworker.post("/api/succession/cases", Map.of("companyId", company(caseworker),
                "side", side, "openedOn", on)));
    }

    private static Map<String, Object> party(String caseId, String name, boolean inPrefecture) {
        Map<String, Object> party = new LinkedHashMap<>();
        if (caseId != null) {
            party.put("caseId", caseId);
        }
        if (name != null) {
            party.put("name", name);
        }
        party.put("inPrefecture", inPrefecture);
        return party;
    }

    private static void step(ApiClient caseworker, String subsidy, String step, Long cost, Boolean approved, String on) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("step", step);
        if (cost != null) {
            body.put("cost", cost);
        }
        if (approved != null) {
            body.put("approved", approved);
        }
        body.put("on", on);
        ok(caseworker.post("/api/restructuring/subsidies/" + subsidy + "/steps", body));
    }

    private static String path(String caseId, String rest) {
        return "/api/restructuring/cases/" + caseId + rest;
    }

    private static List<Long> counts(JsonNode report, String table, String code) {
        JsonNode line = line(report, table, code);
        return List.of(line.get("a").get("count").asLong(), line.get("b").get("count").asLong());
    }

    private static JsonNode line(JsonNode report, String table, String code) {
        for (JsonNode candidate : report.path("tables")) {
            if (candidate.path("code").asText().equals(table)) {
                for (JsonNode line : candidate.path("lines")) {
                    if (line.path("code").asText().equals(code)) {
                        return line;
                    }
                }
            }
        }
        return MissingNode.getInstance();
    }
}
