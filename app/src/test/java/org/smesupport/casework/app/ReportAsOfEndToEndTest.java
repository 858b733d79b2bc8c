package org.smesupport.casework.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smesupport.casework.app.Answers.line;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;

/**
 * The lease report of FY2020 as it stood on 2021-05-31, the day it was published: two contracts recorded before
 * it, a third back-dated into FY2020 on 2021-06-10. The report as of the 31st counts two, exactly as it then
 * showed, and lists the contracts figure among those changed since, over the API and on the report's page. The
 * events' recording times are set by Axon's message clock, moved for the test and put back after it.
 */
class ReportAsOfEndToEndTest extends EndToEndTest {

    @LocalServerPort
    int port;

    @AfterEach
    void restoreTheMessageClock() {
        GenericEventMessage.clock = Clock.systemUTC();
    }

    @Test
    void theReportAsPublishedCountsOnlyWhatWasRecordedByThenAndListsWhatChangedSince() {
        ApiClient caseworker = as("caseworker");
        String companyId = Answers.created(caseworker.post("/api/companies", TestData.company()));
        GenericEventMessage.clock = Clock.fixed(Instant.parse("2021-05-20T01:00:00Z"), ZoneOffset.UTC);
        openContract(caseworker, companyId, "2020-06-01");
        openContract(caseworker, companyId, "2020-07-01");
        GenericEventMessage.clock = Clock.fixed(Instant.parse("2021-06-10T01:00:00Z"), ZoneOffset.UTC);
        openContract(caseworker, companyId, "2020-09-01");
        GenericEventMessage.clock = Clock.systemUTC();
        ApiClient reporter = as("reporter");
        reporter.awaitGet("/api/leases?companyId=" + companyId, page -> page.findValuesAsText("contractId").size() == 3);
        long now = contracts(reporter.awaitGet("/api/reports/leases/2020", report -> contracts(report) >= 3));

        JsonNode asPublished = reporter.get("/api/reports/leases/2020/as-of/2021-05-31").getBody();

        assertThat(asPublished.get("asOf").asText()).isEqualTo("2021-05-31");
        assertThat(asPublished.get("recordedBefore").asText()).isEqualTo("2021-05-31T15:00:00Z");
        assertThat(contracts(asPublished.get("figures"))).as("only what was recorded by the 31st").isEqualTo(2);
        assertThat(asPublished.get("eventsReplayed").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(asPublished.get("changedSince")).anySatisfy(change -> {
            assertThat(change.get("table").asText()).isEqualTo("CONTRACTS");
            assertThat(change.get("line").asText()).isEqualTo("CONTRACTS");
            assertThat(change.get("fiscalYear").asInt()).isEqualTo(2020);
            assertThat(change.get("then").asLong()).isEqualTo(2);
            assertThat(change.get("now").asLong()).isEqualTo(now);
        });

        // the same on the report's page: the tables then, and what changed since
        PageSession page = new PageSession(port);
        page.signIn("reporter", "demo");
        assertThat(page.get("/reports/leases/2020").body()).contains("href=\"/reports/leases/2020/as-of\"");
        String then = page.get("/reports/leases/2020/as-of?date=2021-05-31").body();
        assertThat(then).contains("2021-05-31 の終わりまでに記録された", "その後に変わった数値", "貸与件数",
                "2021-05-31 時点").containsPattern("<td class=\"number\">2</td>\\s*<td class=\"number\">" + now + "</td>");
        assertThat(then).as("no drill-down into today's records from a past report").doesNotContain("class=\"drill\"");
        assertThat(page.get("/reports/leases/2020/as-of?date=2021-02-30").body())
                .contains("日付は YYYY-MM-DD の形で入力してください。");

        assertThat(reporter.get("/api/reports/nothing/2020/as-of/2021-05-31").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(reporter.get("/api/reports/leases/2020/as-of/2021-02-30").getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
    }

    private static void openContract(ApiClient caseworker, String companyId, String contractDate) {
        Map<String, Object> contract = new LinkedHashMap<>(LeaseInArrears.contract(companyId));
        contract.put("contractDate", contractDate);
        contract.put("firstDueDate", contractDate.substring(0, 8) + "25");
        Answers.created(caseworker.post("/api/leases", contract));
    }

    private static long contracts(JsonNode report) {
        return line(report.get("contracts"), "CONTRACTS").get("b").path("count").asLong();
    }
}
