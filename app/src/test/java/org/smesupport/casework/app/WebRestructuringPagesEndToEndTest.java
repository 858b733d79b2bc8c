package org.smesupport.casework.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The restructuring and succession pages over real HTTP as a caseworker: a restructuring case opened from the
 * company page, moved a stage, given a creditor who consents, and found on the board and the company page; a
 * succession consultation opened and its diagnosis recorded; bad input answered next to the field in Japanese and
 * a refused rule in the case's own words.
 */
class WebRestructuringPagesEndToEndTest extends EndToEndTest {

    @LocalServerPort
    int port;

    @Test
    void aCaseworkerOpensARestructuringCaseMovesItAStageAndRecordsACreditorsConsent() {
        Opening start = openingFor("/restructuring/cases");
        PageSession browser = start.browser();
        String companyId = start.companyId();
        String opening = start.form();
        String today = start.today();
        HttpResponse<String> invalid = browser.submit(opening, "/restructuring/cases",
                Map.of("summary", " ", "openedOn", "2020-13-45"));
        assertThat(invalid.statusCode()).isEqualTo(200);
        assertThat(invalid.body()).contains("入力してください。", "日付を YYYY-MM-DD の形で入力してください。");

        String summary = "資金繰りの悪化 " + UUID.randomUUID();
        Map<String, String> open = Map.of("summary", summary, "openedOn", today);
        String casePath = start.open(open);
        assertThat(casePath).startsWith("/restructuring/cases/").endsWith("?version=0");
        // a second click on the same form names the same case: it leads to it and opens nothing new
        assertThat(start.open(open)).isEqualTo(casePath);
        String caseId = casePath.substring("/restructuring/cases/".length(), casePath.indexOf('?'));
        String page = "/restructuring/cases/" + caseId;
        String firstResponse = browser.get(casePath).body();
        assertThat(firstResponse).contains(summary, "id=\"case-stage\">1次対応<", "2次対応開始へ進める",
                TestData.companyLink(companyId));

        HttpResponse<String> outOfOrder = browser.submit(firstResponse, page + "/stage",
                Map.of("stage", "PLAN_DRAFTING", "on", today));
        assertThat(outOfOrder.statusCode()).isEqualTo(200);
        assertThat(outOfOrder.body()).contains("受け付けられませんでした：この案件は 1次対応", "次の段階は 2次対応開始");
        String advanced = PageSession.location(browser.submit(firstResponse, page + "/stage", Map.of("on", today)));
        assertThat(browser.get(advanced).body()).contains("段階を進めました。", "id=\"case-stage\">2次対応開始<",
                "段階の移行", "計画策定支援中へ進める");
        // the page as it was before (a second click, or a colleague's page) is refused: the case moves once
        assertThat(browser.submit(firstResponse, page + "/stage", Map.of("on", today)).body())
                .contains("受け付けられませんでした：この案件は 2次対応開始");

        String secondStage = browser.get(page).body();
        String added = PageSession.location(browser.submit(secondStage, page + "/creditors",
                Map.of("creditor", "横浜中央銀行", "kind", "BANK")));
        String withCreditor = browser.get(added).body();
        assertThat(withCreditor).contains("債権者を追加しました。", "横浜中央銀行", "未回答", "債権者の追加");
        assertThat(browser.submit(withCreditor, page + "/creditors/consent",
                Map.of("creditor", "", "consented", "true", "recordedOn", today)).body()).contains("入力してください。");
        String consented = PageSession.location(browser.submit(withCreditor, page + "/creditors/consent",
                Map.of("creditor", "横浜中央銀行", "consented", "true", "recordedOn", today)));
        assertThat(browser.get(consented).body()).contains("債権者の回答を記録しました。", "<td>同意</td>", "債権者の回答");

        Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50)).untilAsserted(() -> {
            String board = browser.get("/restructuring/board").body();
            String column = board.substring(board.indexOf("id=\"stage-SECOND_STAGE\""));
            assertThat(column.substring(0, column.indexOf("</section>"))).contains(summary, "href=\"" + page + "\"",
                    TestData.companyLink(companyId));
            assertThat(browser.get("/companies/" + companyId).body()).contains(summary, "href=\"" + page + "\"",
                    "2次対応開始");
            String home = browser.get("/").body();
            String mine = home.substring(home.indexOf("id=\"my-restructuring\""));
            assertThat(mine.substring(0, mine.indexOf("</table>"))).as("on the caseworker's home, by stage")
                    .contains("2次対応開始", summary, "href=\"" + page + "\"", TestData.companyLink(companyId));
        });

        String rescheduled = PageSession.location(browser.submit(browser.get(page).body(),
                page + "/special-rescheduling", Map.of("appliedOn", today, "note", "元金据置 1 年")));
        assertThat(browser.get(rescheduled).body()).contains("特例リスケの適用を記録しました。", "特例リスケの適用");
        String drafting = browser.get(PageSession.location(browser.submit(browser.get(page).body(), page + "/stage",
                Map.of("on", today)))).body();
        assertThat(drafting).contains("id=\"case-stage\">計画策定支援中<", "計画策定完了を記録する")
                .doesNotContain("へ進める");
        assertThat(browser.submit(drafting, page + "/plan", Map.of("completedOn", today, "drastic", "",
                "planSummary", "返済期間の延長")).body()).contains("入力してください。");
        String completed = PageSession.location(browser.submit(drafting, page + "/plan", Map.of("completedOn", today,
                "drastic", "false", "planSummary", "返済期間の延長")));
        assertThat(browser.get(completed).body()).contains("計画策定完了を記録しました。",
                "id=\"case-stage\">計画策定完了<", "リスケジュール", "返済期間の延長")
                .doesNotContain("債権者を追加する", "案件を終了する");
    }

    @Test
    void aCaseworkerEndsARestructuringCaseTheFirmWithdrew() {
        Opening start = openingFor("/restructuring/cases");
        PageSession browser = start.browser();
        String today = start.today();
        String casePath = start.open(Map.of("summary", "受注の急減", "openedOn", today));
        String page = casePath.substring(0, casePath.indexOf('?'));
        String ended = PageSession.location(browser.submit(browser.get(casePath).body(), page + "/end",
                Map.of("endedOn", today, "withdrawnByFirm", "true", "reason", "自力で資金調達")));
        assertThat(browser.get(ended).body()).contains("案件を終了しました。", "id=\"case-stage\">終了<", "企業が取り下げ",
                "自力で資金調達").doesNotContain("へ進める", "案件を終了する", "特例リスケの適用を記録する");
    }

    @Test
    void aCaseworkerOpensASuccessionCaseAndRecordsADiagnosis() {
        Opening start = openingFor("/succession/cases");
        PageSession browser = start.browser();
        String companyId = start.companyId();
        String opening = start.form();
        String today = start.today();
        assertThat(browser.submit(opening, "/succession/cases", Map.of("side", "", "openedOn", today,
                "inPrefecture", "true")).body()).contains("入力してください。");
        Map<String, String> open = Map.of("side", "SELLER", "openedOn", today, "inPrefecture", "true");
        String casePath = start.open(open);
        assertThat(start.open(open)).isEqualTo(casePath);
        String caseId = casePath.substring("/succession/cases/".length(), casePath.indexOf('?'));
        String page = "/succession/cases/" + caseId;
        String opened = browser.get(casePath).body();
        assertThat(opened).contains("id=\"case-side\">譲渡<", "県内", "事業承継診断を記録する",
                TestData.companyLink(start.companyId()));

        Map<String, String> diagnosis = Map.of("diagnosedOn", today);
        String diagnosed = PageSession.location(browser.submit(opened, page + "/diagnoses", diagnosis));
        assertThat(browser.get(diagnosed).body()).contains("事業承継診断を記録しました。", "id=\"diagnoses\">" + today + "<");
        // the same diagnosis entered again (a second click) is refused by the case, next to its date
        assertThat(browser.submit(opened, page + "/diagnoses", diagnosis).body())
                .contains("受け付けられませんでした：" + today + " の診断はこの相談案件にすでに記録されています。");
        Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50)).untilAsserted(() ->
                assertThat(browser.get("/companies/" + companyId).body()).contains("href=\"" + page + "\""));
    }

    @Test
    void aSellersCaseConcludesADealWithAFirmOutsideTheCentreAndCorrectsIt() {
        Opening start = openingFor("/succession/cases");
        PageSession browser = start.browser();
        String today = start.today();
        String casePath = start.open(Map.of("side", "SELLER", "openedOn", today, "inPrefecture", "true"));
        String page = casePath.substring(0, casePath.indexOf('?'));
        String opened = browser.get(casePath).body();
        assertThat(opened).contains("成約はありません。", "成約を記録する").doesNotContain("成約を訂正する");

        assertThat(browser.submit(opened, page + "/deals", Map.of("concludedOn", today,
                "counterpartCaseId", "no-such-case", "counterpartName", "株式会社県外商事")).body())
                .contains("受け付けられませんでした：譲受側には、事業引継ぎの相談案件（caseId）か名称のどちらか一方だけを指定してください。");
        Map<String, String> deal = Map.of("concludedOn", today, "counterpartCaseId", "",
                "counterpartName", "株式会社県外商事");
        String concluded = PageSession.location(browser.submit(opened, page + "/deals", deal));
        // the same form again (a second click) names the same deal: it leads to the case and concludes nothing new
        assertThat(PageSession.location(browser.submit(opened, page + "/deals", deal))).isEqualTo(concluded);
        String withDeal = browser.get(concluded).body();
        assertThat(withDeal).contains("成約を記録しました。", "株式会社県外商事", "成約を訂正する")
                .doesNotContain("成約を記録する");

        String dealId = withDeal.substring(withDeal.indexOf(page + "/deals/") + (page + "/deals/").length());
        dealId = dealId.substring(0, dealId.indexOf('/'));
        String correctPath = page + "/deals/" + dealId + "/correct";
        assertThat(browser.submit(withDeal, correctPath, Map.of("concludedOn", today, "counterpartName",
                "株式会社県外商事", "reason", "", "correctedOn", today)).body()).contains("入力してください。");
        String corrected = PageSession.location(browser.submit(withDeal, correctPath, Map.of("concludedOn", today,
                "counterpartName", "株式会社県外商事ホールディングス", "reason", "商号の誤り", "correctedOn", today)));
        assertThat(browser.get(corrected).body()).contains("成約を訂正しました。", "株式会社県外商事ホールディングス");
    }

    @Test
    void aCaseworkerReceivesASubsidyApplicationAndRecordsItsNextSteps() {
        Opening start = openingFor("/restructuring/subsidies");
        PageSession browser = start.browser();
        String today = start.today();
        assertThat(browser.submit(start.form(), "/restructuring/subsidies", Map.of("kind", "", "openedOn", today))
                .body()).contains("入力してください。");
        Map<String, String> application = Map.of("kind", "IMPROVEMENT_PLAN", "openedOn", today);
        String received = start.open(application);
        // the same form again (a second click) names the same file: it leads to it and receives nothing twice
        assertThat(start.open(application)).isEqualTo(received);
        String page = received.substring(0, received.indexOf('?'));
        String file = browser.get(received).body();
        assertThat(file).contains("経営改善計画策定支援", "id=\"last-step\">利用申請受付<", "利用申請決定を記録する");

        assertThat(browser.submit(file, page + "/steps", Map.of("on", today)).body())
                .contains("受け付けられませんでした：", "には決定（approved：true または false）が必要です。");
        String decided = browser.get(PageSession.location(browser.submit(file, page + "/steps",
                Map.of("on", today, "approved", "true")))).body();
        assertThat(decided).contains("手続を記録しました。", "承認", "支払申請受付を記録する");
        assertThat(browser.submit(decided, page + "/steps", Map.of("on", today, "cost", "-1")).body())
                .contains("0 より大きい数で入力してください。");
        String payment = browser.get(PageSession.location(browser.submit(decided, page + "/steps",
                Map.of("on", today, "cost", "3600000")))).body();
        assertThat(payment).contains("3,600,000円", "2,400,000円", "id=\"subsidy-amount\">2,000,000円<",
                "支払申請決定を記録する");
        assertThat(browser.get("/restructuring/subsidies?kind=IMPROVEMENT_PLAN").body())
                .contains("href=\"" + page + "\"", TestData.companyLink(start.companyId()));
        String companyPage = browser.get("/companies/" + start.companyId()).body();
        String files = companyPage.substring(companyPage.indexOf("id=\"company-subsidies\""));
        assertThat(files.substring(0, files.indexOf("</table>"))).as("the company's own files on its page")
                .contains("href=\"" + page + "\"", "経営改善計画策定支援", "2,000,000円");
        assertThat(as("caseworker").get("/api/restructuring/subsidies?companyId=" + start.companyId()).getBody()
                .path("total").asLong()).isEqualTo(1);
    }

    /**
     * A caseworker signed in on the pages, on the form that posts to {@code records} to open a record for a new
     * company, reached from the company's page; {@code today} is the date the form defaults to, the business date.
     */
    private Opening openingFor(String records) {
        String companyId = Answers.created(as("caseworker").post("/api/companies", TestData.company()));
        PageSession browser = new PageSession(port);
        browser.signIn("caseworker", "demo");
        String opening = records + "/new?companyId=" + companyId;
        assertThat(browser.get("/companies/" + companyId).body()).contains(opening);
        String form = browser.get(opening).body();
        return new Opening(records, browser, companyId, form, valueOf(form, "openedOn"));
    }

    private record Opening(String records, PageSession browser, String companyId, String form, String today) {

        /** Opens the record with the form's fields; the answer is the record's page the form leads to. */
        String open(Map<String, String> fields) {
            return PageSession.location(browser.submit(form, records, fields));
        }
    }

    /** The value a page's form shows in a field, e.g. the business date a date field defaults to. */
    private static String valueOf(String page, String field) {
        Matcher value = Pattern.compile("name=\"" + field + "\" value=\"([^\"]*)\"").matcher(page);
        assertThat(value.find()).as("the page has a field %s", field).isTrue();
        return value.group(1);
    }
}
