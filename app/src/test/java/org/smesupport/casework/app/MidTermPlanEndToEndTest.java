package org.smesupport.casework.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smesupport.casework.app.Answers.created;
import static org.smesupport.casework.app.Answers.ok;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * 中期経営計画: an administrator sets the FY2020 相談対応件数 target of the 5th plan with a reason (a caseworker may
 * not), sessions held in FY2020 are its actual, straight from the consultation report, and the achievement is
 * actual / target; the page shows the table and lets an administrator set a target.
 */
class MidTermPlanEndToEndTest extends EndToEndTest {

    private static final String TARGETS = "/api/plans/plan-5/targets";
    private static final String ACHIEVEMENT = "/api/plans/plan-5/achievement?from=2019&to=2021";

    @LocalServerPort
    int port;

    @Test
    void anAdministratorSetsATargetAndTheAchievementIsTheReportsActualOverIt() {
        ApiClient admin = as("admin");
        ApiClient caseworker = as("caseworker");
        Map<String, Object> target = Map.of("kpi", "CONSULTATIONS", "fiscalYear", 2020, "target", 18_500,
                "reason", "理事会承認（第５期計画）");
        assertThat(caseworker.post(TARGETS, target).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ok(admin.post(TARGETS, target));
        ResponseEntity<JsonNode> outside = admin.post(TARGETS, Map.of("kpi", "CONSULTATIONS", "fiscalYear", 2022,
                "target", 18_750, "reason", "理事会承認"));
        assertThat(outside.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(outside.getBody().get("field").asText()).isEqualTo("fiscalYear");
        assertThat(admin.post(TARGETS, Map.of("kpi", "CONSULTATIONS", "fiscalYear", 2021, "target", 18_750,
                "reason", " ")).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

        long before = consultations(caseworker.get(ACHIEVEMENT).getBody()).path("years").get(1).path("actual").asLong();
        String companyId = created(caseworker.post("/api/companies", TestData.company()));
        String caseId = created(caseworker.post("/api/consultations", TestData.openCase(companyId, "ONE_STOP",
                "2020-05-01")));
        ok(caseworker.post("/api/consultations/" + caseId + "/sessions", TestData.session("2020-06-01", "FINANCING", false)));
        ok(caseworker.post("/api/consultations/" + caseId + "/sessions", TestData.session("2020-07-01", "MARKETING", false)));

        JsonNode fy2020 = consultations(caseworker.awaitGet(ACHIEVEMENT, body -> consultations(body).path("years")
                .get(1).path("actual").asLong() >= before + 2)).get("years").get(1);
        long actual = fy2020.get("actual").asLong();
        JsonNode kipTotal = caseworker.get("/api/reports/consultations/2020").getBody().path("tables").get(1).path("lines").get(1);
        assertThat(kipTotal.path("code").asText()).isEqualTo("KIP_TOTAL");
        assertThat(kipTotal.path("b").path("count").asLong()).as("the actual is the consultation report's KIP total")
                .isEqualTo(actual);
        assertThat(fy2020.get("target").asLong()).isEqualTo(18_500);
        assertThat(fy2020.get("achievement").decimalValue()).isEqualTo(BigDecimal.valueOf(actual * 100)
                .divide(BigDecimal.valueOf(18_500), 1, RoundingMode.HALF_UP));
        JsonNode row = consultations(caseworker.get(ACHIEVEMENT).getBody());
        assertThat(row.get("label").asText()).isEqualTo("相談対応件数");
        assertThat(row.get("unit").asText()).isEqualTo("件");
        assertThat(row.get("years").get(2).hasNonNull("target")).as("no target for FY2021").isFalse();
        assertThat(row.get("years").get(2).hasNonNull("achievement")).isFalse();
        assertThat(caseworker.get("/api/plans/plan-5/achievement?from=2018").getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(caseworker.get("/api/plans/plan-x/achievement").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        PageSession reporter = new PageSession(port);
        reporter.signIn("reporter", "demo");
        assertThat(reporter.get("/reports").body()).contains("/plans/plan-");
        String page = reporter.get("/plans/plan-5").body();
        assertThat(page).contains("中期経営計画（第5期：2019〜2021年度）の達成状況", "相談対応件数", "※目標・実績は累計",
                        "理事会承認（第５期計画）", "目標は管理者が設定します。")
                .containsPattern("id=\"target-CONSULTATIONS-2020\">18,500件<")
                .containsPattern("id=\"achievement-CONSULTATIONS-2020\">" + fy2020.get("achievement").asText() + "%<")
                .doesNotContain("id=\"set-target\"");

        PageSession administrator = new PageSession(port);
        administrator.signIn("admin", "demo");
        String form = administrator.get("/plans/plan-5").body();
        Map<String, String> fields = Map.of("kpi", "FAIR_MEETINGS", "fiscalYear", "2021", "target", "5900",
                "reason", "理事会承認");
        assertThat(reporter.submit(form, "/plans/plan-5/targets", fields).statusCode()).isEqualTo(403);
        assertThat(administrator.submit(form, "/plans/plan-5/targets", Map.of("kpi", "FAIR_MEETINGS",
                "fiscalYear", "2021", "target", "-1", "reason", "理事会承認")).body())
                .as("a refused rule, in words next to the field").contains("目標をマイナスにすることはできません");
        String after = administrator.get(PageSession.location(
                administrator.submit(form, "/plans/plan-5/targets", fields))).body();
        assertThat(after).contains("目標を設定しました。").containsPattern("id=\"target-FAIR_MEETINGS-2021\">5,900件<");
    }

    private static JsonNode consultations(JsonNode achievement) {
        for (JsonNode row : achievement.get("rows")) {
            if (row.get("kpi").asText().equals("CONSULTATIONS")) {
                return row;
            }
        }
        throw new AssertionError("no CONSULTATIONS row in " + achievement);
    }
}
