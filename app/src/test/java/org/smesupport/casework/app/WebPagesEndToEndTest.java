package org.smesupport.casework.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The web application over real HTTP with security on: form sign-in with CSRF, a caseworker's day (register a
 * company, open a case, record a session, find it on the timeline and in the year's count), the answers to
 * wrong input and to a form sent twice, the language, and the separation of the pages' session from the API.
 */
class WebPagesEndToEndTest extends EndToEndTest {

    @LocalServerPort
    int port;

    @Test
    void aCaseworkerRegistersACompanyOpensACaseAndRecordsASession() {
        PageSession browser = new PageSession(port);
        assertThat(PageSession.location(browser.get("/"))).isEqualTo("/login");
        assertThat(PageSession.location(browser.signIn("caseworker", "wrong"))).isEqualTo("/login?error");
        assertThat(PageSession.location(browser.signIn("caseworker", "demo"))).isEqualTo("/");

        String form = browser.get("/companies/new").body();
        HttpResponse<String> refused = browser.submit(form, "/companies", Map.of("name", " ", "corporateNumber", "123",
                "industry", "MANUFACTURING", "municipality", "横浜市", "sizeClass", "SMALL"));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("入力してください。", "法人番号は13桁の数字で入力してください。");
        HttpResponse<String> ruleRefused = browser.submit(form, "/companies", Map.of("name", "株式会社ページ",
                "corporateNumber", "", "industry", "MANUFACTURING", "municipality", "横浜市", "sizeClass", "SMALL"));
        assertThat(ruleRefused.body()).contains("受け付けられませんでした：法人番号を入力してください。法人番号なしで登録できるのは個人事業主だけです。");

        Map<String, String> company = Map.of("name", "株式会社ページ", "corporateNumber", TestData.corporateNumber(),
                "industry", "MANUFACTURING", "municipality", "横浜市", "sizeClass", "SMALL");
        String companyPage = PageSession.location(browser.submit(form, "/companies", company));
        assertThat(companyPage).startsWith("/companies/").endsWith("?registered");
        // a second click on the same form names the same company: it leads to it, and registers nothing new
        assertThat(PageSession.location(browser.submit(form, "/companies", company))).isEqualTo(companyPage);
        String companyId = companyPage.substring("/companies/".length(), companyPage.indexOf('?'));
        assertThat(browser.get(companyPage).body()).contains("株式会社ページ", "製造業", "設備貸与の契約はありません。",
                "事業再生支援の案件はありません。", "事業引継ぎの相談はありません。");
        // found by part of its name, typed in half-width katakana for ペー
        HttpResponse<String> found = browser.submit(browser.get("/companies").body(), "/companies/search",
                Map.of("name", "ﾍﾟｰｼﾞ", "industry", "MANUFACTURING"));
        assertThat(found.body()).contains("株式会社ページ").doesNotContain("全 0 件");
        assertThat(found.uri().toString()).as("a name searched for stays out of the address").doesNotContain("ﾍﾟ")
                .endsWith("/companies/search");

        String opening = browser.get("/consultations/new?companyId=" + companyId).body();
        String casePage = PageSession.location(browser.submit(opening, "/consultations", Map.of("desk", "ONE_STOP",
                "subject", "資金繰りの相談", "openedOn", "2020-06-01", "assignToMe", "true")));
        String caseId = casePage.substring("/consultations/".length(), casePage.indexOf('?'));
        String consultation = browser.get(casePage).body();
        String companyLink = "href=\"/companies/" + companyId + "\">株式会社ページ</a>";
        assertThat(consultation).contains("資金繰りの相談", "ワンストップ相談", "担当者の割当て", "Assigned to caseworker",
                companyLink);

        Map<String, String> session = Map.of("heldOn", "2020-06-02", "category", "FINANCING", "counsellor", "caseworker",
                "durationMinutes", "45", "notes", "返済計画を確認");
        String afterSession = PageSession.location(browser.submit(consultation, "/consultations/" + caseId + "/sessions",
                session));
        String recorded = browser.get(afterSession).body();
        assertThat(recorded).contains("相談を記録しました。", "id=\"session-count\">1<");
        // the same page submitted again (a second click) names the version it showed: refused, not recorded twice
        HttpResponse<String> again = browser.submit(consultation, "/consultations/" + caseId + "/sessions", session);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).contains("この記録は他の人によって変更されました");
        assertThat(browser.get("/consultations/" + caseId).body()).contains("id=\"session-count\">1<");

        assertThat(browser.get("/").body()).contains("担当中の相談案件", "資金繰りの相談", "結果待ちの紹介", "延滞中の契約",
                companyLink);
        assertThat(browser.get("/restructuring/board").body()).contains("事業再生支援の状況", "1次対応", "計画策定支援中");
        String dispatched = PageSession.location(browser.submit(browser.get("/consultations/" + caseId).body(),
                "/consultations/" + caseId + "/dispatches", Map.of("dispatchedOn", "2020-06-02",
                        "kind", "MANAGEMENT_ADVISOR", "expert", "山田 中小企業診断士", "notes", "")));
        assertThat(browser.get(dispatched).body()).contains("専門家派遣を記録しました。", "専門家派遣");
        String open = browser.get(dispatched).body();
        assertThat(browser.submit(open, "/consultations/" + caseId + "/close", Map.of("closedOn", "2020-06-03",
                "summary", "")).body()).contains("入力してください。");
        String closed = PageSession.location(browser.submit(open, "/consultations/" + caseId + "/close",
                Map.of("closedOn", "2020-06-03", "outcome", "RESOLVED", "summary", "返済計画で合意")));
        String closedPage = browser.get(closed).body();
        assertThat(closedPage).contains("相談を終了しました。", "終了", "相談終了", "相談を再開する")
                .doesNotContain("相談を記録する");
        String reopened = PageSession.location(browser.submit(closedPage, "/consultations/" + caseId + "/reopen",
                Map.of("reopenedOn", "2020-07-01", "reason", "追加の相談")));
        assertThat(browser.get(reopened).body()).contains("相談を再開しました。", "相談の再開", "相談を記録する");
        Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50)).untilAsserted(() ->
                assertThat(browser.get("/reports/consultations/2020").body()).containsPattern(
                        "<th scope=\"row\">資金</th>\\s*<td class=\"number\"><a [^>]*>[0-9,]+</a></td>"
                                + "\\s*<td class=\"number\">[^<]+</td>\\s*<td class=\"number\"><a [^>]*>[1-9]"));
    }

    @Test
    void aSoleProprietorIsRegisteredWithTheDocumentSeenAndItsDetailsChanged() {
        PageSession browser = new PageSession(port);
        browser.signIn("caseworker", "demo");
        String form = browser.get("/companies/new").body();
        Map<String, String> proprietor = new LinkedHashMap<>(Map.of("name", "山田商店", "corporateNumber", "",
                "industry", "RETAIL", "municipality", "藤沢市", "sizeClass", "SOLE_PROPRIETOR", "identityDocument", ""));
        assertThat(browser.submit(form, "/companies", proprietor).body()).as("the document is required instead")
                .contains("受け付けられませんでした：");
        proprietor.put("identityDocument", "TAX_RETURN");
        String companyPage = PageSession.location(browser.submit(form, "/companies", proprietor));
        String companyId = companyPage.substring("/companies/".length(), companyPage.indexOf('?'));
        assertThat(browser.get(companyPage).body()).contains("山田商店", "確定申告書", "企業情報を変更する");

        String editing = browser.get("/companies/" + companyId + "/edit").body();
        Map<String, String> details = Map.of("name", "山田商店 藤沢本店", "industry", "RETAIL", "municipality", "藤沢市",
                "sizeClass", "SOLE_PROPRIETOR");
        assertThat(browser.submit(editing, "/companies/" + companyId, Map.of("name", "", "industry", "RETAIL",
                "municipality", "藤沢市", "sizeClass", "SOLE_PROPRIETOR")).body()).contains("入力してください。");
        String updated = PageSession.location(browser.submit(editing, "/companies/" + companyId, details));
        assertThat(browser.get(updated).body()).contains("企業情報を変更しました。", "山田商店 藤沢本店");
        assertThat(browser.submit(editing, "/companies/" + companyId, details).body())
                .as("the page showed the version before the change").contains("この記録は他の人によって変更されました");
    }

    @Test
    void aCaseworkerHandsACaseOverToAColleague() {
        String companyId = Answers.created(as("caseworker").post("/api/companies", TestData.company()));
        as("caseworker").awaitGet("/api/companies/" + companyId, company -> true);
        PageSession browser = new PageSession(port);
        browser.signIn("caseworker", "demo");
        String casePage = PageSession.location(browser.submit(browser.get("/consultations/new?companyId=" + companyId)
                .body(), "/consultations", Map.of("desk", "ONE_STOP", "subject", "事業承継の相談", "openedOn",
                "2020-06-01", "assignToMe", "true")));
        String caseId = casePage.substring("/consultations/".length(), casePage.indexOf('?'));
        String page = browser.get(casePage).body();
        assertThat(page).contains("担当者を変更する");
        String action = "/consultations/" + caseId + "/assignment";
        assertThat(browser.submit(page, action, Map.of("caseworker", " ", "assignedOn", "2020-06-02")).body())
                .contains("入力してください。");
        assertThat(browser.submit(page, action, Map.of("caseworker", "caseworker", "assignedOn", "2020-06-02")).body())
                .as("a rule of the case, in words").contains("受け付けられませんでした：");
        String handedOver = PageSession.location(browser.submit(page, action, Map.of("caseworker", "supervisor",
                "assignedOn", "2020-06-02")));
        assertThat(browser.get(handedOver).body()).contains("担当者を変更しました。", "<dd>supervisor</dd>");
        assertThat(browser.get("/").body()).as("no longer among my cases").doesNotContain("事業承継の相談");
    }

    @Test
    void aCaseworkerIntroducesTheBestCandidateAndRecordsTheDeal() {
        ApiClient api = as("caseworker");
        String supplierCompany = Answers.created(api.post("/api/companies", TestData.company()));
        Map<String, Object> supplier = new LinkedHashMap<>();
        supplier.put("companyId", supplierCompany);
        supplier.put("processes", List.of("PRESSING"));
        supplier.put("equipment", List.of("プレス機"));
        supplier.put("availableHoursPerMonth", 80);
        supplier.put("region", "SAGAMIHARA");
        supplier.put("registeredOn", "2023-04-03");
        String supplierId = Answers.created(api.post("/api/matching/suppliers", supplier));
        Map<String, Object> order = new LinkedHashMap<>();
        order.put("orderingFirm", "相模原工業株式会社");
        order.put("orderingFirmRegion", "SAGAMIHARA");
        order.put("work", "ブラケットのプレス加工");
        order.put("processes", List.of("PRESSING"));
        order.put("quantity", 5000);
        order.put("deliveryBy", "2023-09-30");
        order.put("preferredRegion", "SAGAMIHARA");
        order.put("receivedOn", "2023-05-01");
        String request = Answers.created(api.post("/api/matching/order-requests", order));
        api.awaitGet("/api/matching/order-requests/" + request + "/candidates?limit=10",
                body -> body.path("candidates").findValuesAsText("supplierId").contains(supplierId));

        PageSession browser = new PageSession(port);
        browser.signIn("caseworker", "demo");
        assertThat(browser.get("/matching/order-requests").body()).contains("ブラケットのプレス加工");
        String page = browser.get("/matching/order-requests/" + request).body();
        assertThat(page).contains("相模原工業株式会社", "紹介する");
        Map<String, String> introduce = Map.of("supplierId", supplierId, "introducedOn", "2023-05-10");
        String introduced = PageSession.location(browser.submit(page, "/matching/order-requests/" + request
                + "/referrals", introduce));
        String withReferral = browser.get(introduced).body();
        assertThat(withReferral).contains("受注企業を紹介しました。", "結果を記録する");
        assertThat(browser.submit(page, "/matching/order-requests/" + request + "/referrals", introduce).body())
                .as("introducing the same supplier twice").contains("受け付けられませんでした：");

        String referral = withReferral.substring(withReferral.indexOf("/referrals/") + "/referrals/".length());
        referral = referral.substring(0, referral.indexOf('/'));
        String outcomePath = "/matching/order-requests/" + request + "/referrals/" + referral + "/outcome";
        assertThat(browser.submit(withReferral, outcomePath, Map.of("outcome", "CONCLUDED", "initialOrderAmount", "",
                "reason", "", "decidedOn", "2023-06-01")).body()).contains("受け付けられませんでした：");
        String recorded = PageSession.location(browser.submit(withReferral, outcomePath, Map.of("outcome", "CONCLUDED",
                "initialOrderAmount", "1250000", "reason", "", "decidedOn", "2023-06-01")));
        assertThat(browser.get(recorded).body()).contains("紹介の結果を記録しました。", "成立", "1,250,000円");
    }

    @Test
    void pagesSpeakJapaneseFirstAndEnglishOnRequest() {
        PageSession browser = new PageSession(port);
        assertThat(browser.get("/login").body()).contains("<html lang=\"ja\">", "ユーザー名");
        assertThat(browser.get("/login", "en-GB,en;q=0.8").body()).contains("User name");
        browser.signIn("reporter", "demo");
        assertThat(browser.get("/?lang=en").body()).contains("Reports", "日本語");
        assertThat(browser.get("/").body()).as("the choice is kept").contains("Reports");
        assertThat(browser.get("/?lang=ja").body()).contains("報告書");
        HttpResponse<String> csv = browser.get("/reports/consultations/2020/csv");
        assertThat(csv.headers().firstValue("Content-Disposition")).hasValueSatisfying(disposition ->
                assertThat(disposition).contains("consultations-FY2020.csv"));
        assertThat(csv.body()).as("a byte-order mark for Excel, then the API's CSV").startsWith("\uFEFFよろず支援拠点 相談,項目,単位,");
        assertThat(browser.get("/reports/nothing/2020/csv").statusCode()).isEqualTo(404);
        assertThat(browser.get("/reports/consultations/twenty").statusCode()).as("a malformed address").isEqualTo(400);
    }

    @Test
    void thePagesSessionDoesNotOpenTheApiAndFormsNeedTheirToken() {
        PageSession browser = new PageSession(port);
        browser.signIn("caseworker", "demo");
        assertThat(browser.get("/api/companies").statusCode()).isEqualTo(401);
        assertThat(browser.post("/companies", Map.of("name", "偽の登録")).statusCode()).isEqualTo(403);
        assertThat(browser.get("/consultations/no-such-case").statusCode()).isEqualTo(404);
    }
}
