package org.smesupport.casework.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.NumberFormat;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The report pages over real HTTP as a reporter: every report of a year from the index, each table laid out as
 * the published report prints it with the same figures the JSON API answers, a chart per line, and the CSV.
 */
class WebReportPagesEndToEndTest extends EndToEndTest {

    @LocalServerPort
    int port;

    @Test
    void theLeaseReportPageShowsTheApisFiguresIn千円WithAChartPerLine() {
        ApiClient caseworker = as("caseworker");
        String companyId = Answers.created(caseworker.post("/api/companies", TestData.company()));
        Map<String, Object> contract = new LinkedHashMap<>(LeaseInArrears.contract(companyId));
        contract.put("amount", 2_345_678);
        contract.put("contractDate", "2019-06-03");
        contract.put("firstDueDate", "2019-07-01");
        Answers.created(caseworker.post("/api/leases", contract));
        ApiClient reporter = as("reporter");
        reporter.awaitGet("/api/reports/leases/2019", report -> Answers.line(report.path("contracts"), "AMOUNT").path("b").path("yen").asLong()
                >= 2_345_678);

        PageSession browser = new PageSession(port);
        browser.signIn("reporter", "demo");
        String index = browser.get("/reports?fiscalYear=2019").body();
        assertThat(index).contains("報告書", "2019 (R01)", "2015 (H27)", "href=\"/reports/leases/2019\"",
                "href=\"/reports/restructuring/2019/csv\"");
        Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50)).untilAsserted(() -> {
            JsonNode amount = Answers.line(reporter.get("/api/reports/leases/2019").getBody().path("contracts"), "AMOUNT");
            String page = browser.get("/reports/leases/2019").body();
            assertThat(page).contains("2019 (R01) 設備導入支援（設備貸与）", "2019 (R01) (B)", "2018 (H30) (A)", "債権管理",
                    "利息補助").containsPattern(Pattern.compile("<th scope=\"row\">貸与金額</th>\\s*<td>千円</td>"
                    + "(\\s*<td class=\"number[^\"]*\">(<span>|<a [^>]*>)[^<]*(</span>|</a>)</td>){4}"
                    + "\\s*<td class=\"number\"><a class=\"drill\"\\s+href=\"/reports/leases/2019/figures/CONTRACTS/AMOUNT\"[^>]*>"
                    + Pattern.quote(thousands(amount.path("b").path("thousandYen").asLong())) + "</a></td>"));
            assertThat(page).as("a bar per year, labelled for a screen reader").contains("role=\"img\"",
                    "aria-label=\"貸与金額：");
        });
    }

    @Test
    void everyReportOfAYearOpensWithItsTablesAndItsCsv() {
        PageSession browser = new PageSession(port);
        browser.signIn("reporter", "demo");
        assertThat(browser.get("/reports/consultations/2020").body()).containsSubsequence("よろず支援拠点 相談", "ワンストップ相談 相談件数", "（KIP全体）",
                "相談内容内訳", "現場相談", "下請かけこみ寺", "うち弁護士相談", "企業経営の未病相談ダイヤル", "専門家派遣",
                "企業経営の未病改善", "合計", "KIP 各課での件数").contains("<svg", "暫定値：この年度はまだ締められていないため")
                .as("no read model is being rebuilt").doesNotContain("再構築中");
        assertThat(browser.get("/reports/matching/2020").body()).contains("個別あっせん", "2020 (R02) 商談会",
                "前年度 合計 2019 (R01)");
        assertThat(browser.get("/reports/restructuring/2020").body()).contains("事業承継・企業再生支援", "B/A %");
        assertThat(browser.get("/reports/annual/2020").body()).as("the whole report, its sections in order")
                .containsSubsequence("2020 (R02) 事業報告", "暫定値：", "Ⅰ-1 ワンストップによる総合支援（相談実績）", "相談内容内訳",
                        "Ⅰ-2 設備導入支援（設備貸与）", "債権管理", "Ⅰ-3 販路支援（取引あっせん・商談会）", "個別あっせん",
                        "Ⅰ-7 事業承継・企業再生支援", "B/A %");
        assertThat(browser.get("/reports?fiscalYear=2020").body()).contains("href=\"/reports/annual/2020\"");
        assertThat(browser.get("/reports/leases/2020/csv").body()).startsWith("\uFEFF設備貸与,項目,単位,");
        assertThat(browser.get("/reports/leases/1990").statusCode()).as("no year A before 1990").isEqualTo(404);
        assertThat(browser.get("/reports?fiscalYear=1991").body()).as("the index stops at the first comparable year")
                .contains("1991 (H03)").doesNotContain("1990 (H02)");
    }

    private static String thousands(long value) {
        return NumberFormat.getIntegerInstance(Locale.JAPAN).format(value);
    }
}
