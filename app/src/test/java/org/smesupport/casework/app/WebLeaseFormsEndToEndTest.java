package org.smesupport.casework.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The lease contract's forms over real HTTP with security on: opening a contract from its company's page and settling
 * it early, and on a contract in arrears the requests a supervisor decides (deferral, arrears lift, interest subsidy,
 * write-off) and a supervisor's reversal of a write-off, with the answers to wrong input and to a refused rule. Its own data directory, as {@link WebApprovalsEndToEndTest}:
 * the close of business that puts {@link LeaseInArrears} in arrears closes each day once and moves the business date
 * of the whole application back to 2015, which the shared end-to-end application must not see. So that the tests do
 * not depend on their order, every date here is on or before 2015-05-03, the business date after that close.
 */
@SpringBootTest(classes = CaseworkApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class WebLeaseFormsEndToEndTest {

    @Autowired
    TestRestTemplate rest;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) throws IOException {
        String dir = Files.createTempDirectory("casework-web-lease-forms-").toString();
        registry.add("casework.data-dir", () -> dir);
    }

    @Test
    void aContractOpenedFromTheCompanyPageIsSettledEarly() {
        String companyId = Answers.created(new ApiClient(rest, "caseworker").post("/api/companies", TestData.company()));
        PageSession browser = new PageSession(port);
        browser.signIn("caseworker", "demo");
        assertThat(browser.get("/companies/" + companyId).body())
                .contains("/leases/new?companyId=" + companyId, "設備貸与の契約を登録する");

        String form = browser.get("/leases/new?companyId=" + companyId).body();
        Map<String, String> contract = new LinkedHashMap<>(Map.of("kind", "LEASE", "equipment", "旋盤",
                "amount", "600000", "downPayment", "0", "termMonths", "6", "frequency", "MONTHLY",
                "annualRatePercent", "0", "interestFreeMonths", "0", "contractDate", "2015-04-01",
                "firstDueDate", "2015-06-01"));
        Map<String, String> wrong = new LinkedHashMap<>(contract);
        wrong.put("amount", "-5");
        wrong.put("firstDueDate", "2015-02-30");
        HttpResponse<String> invalid = browser.submit(form, "/leases", wrong);
        assertThat(invalid.statusCode()).isEqualTo(200);
        assertThat(invalid.body()).contains("0 より大きい数で入力してください。", "日付を YYYY-MM-DD の形で入力してください。");
        Map<String, String> downPaymentOnALease = new LinkedHashMap<>(contract);
        downPaymentOnALease.put("downPayment", "100000");
        assertThat(browser.submit(form, "/leases", downPaymentOnALease).body())
                .contains("受け付けられませんでした：リースは代金の全額を対象とし、頭金はありません。");

        String opened = PageSession.location(browser.submit(form, "/leases", contract));
        assertThat(opened).startsWith("/leases/").endsWith("?version=0");
        assertThat(PageSession.location(browser.submit(form, "/leases", contract)))
                .as("a second click on the same form opens no second contract").isEqualTo(opened);
        String lease = opened.substring("/leases/".length(), opened.indexOf('?'));
        String page = browser.get(opened).body();
        assertThat(page).contains("契約を登録しました。", "旋盤", "契約中", "繰上完済を記録する");
        assertThat(browser.get("/companies/" + companyId).body()).contains("/leases/" + lease);

        HttpResponse<String> notWhatIsOwed = browser.submit(page, "/leases/" + lease + "/settlement",
                Map.of("settledOn", "2015-05-01", "amount", "1"));
        assertThat(notWhatIsOwed.body()).contains("受け付けられませんでした：2015-05-01 に完済するには、ちょうど ¥600,000 の支払が必要です");
        String settled = PageSession.location(browser.submit(page, "/leases/" + lease + "/settlement",
                Map.of("settledOn", "2015-05-01", "amount", "600000")));
        assertThat(browser.get(settled).body()).contains("繰上完済を記録しました。", "<dd>繰上完済</dd>")
                .doesNotContain("繰上完済を記録する", "入金を記録する", "延納を申請する");
    }

    @Test
    void requestsOnAContractInArrearsAwaitASupervisorWhoMayReverseAWriteOff() {
        String lease = LeaseInArrears.open(rest).contractId();
        PageSession caseworker = new PageSession(port);
        caseworker.signIn("caseworker", "demo");
        String page = caseworker.get("/leases/" + lease).body();
        assertThat(page).contains("延納を申請する", "利息補助を申請する", "延滞解除を申請する", "第 1 回（期日 2015-05-01、未払 100,000円）",
                "id=\"roll-forward\"", "延滞債権の推移（年度別）");
        String deferrals = "/leases/" + lease + "/deferrals";

        HttpResponse<String> invalid = caseworker.submit(page, deferrals, Map.of("reason", "売上急減のため",
                "revisedInstalments[0].dueDate", "2015-12-01", "revisedInstalments[0].principal", "-1",
                "revisedInstalments[1].dueDate", "2015-02-30", "revisedInstalments[1].principal", "550000"));
        assertThat(invalid.statusCode()).isEqualTo(200);
        assertThat(invalid.body()).contains("0 以上で入力してください。", "日付を YYYY-MM-DD の形で入力してください。");
        HttpResponse<String> principalLost = caseworker.submit(page, deferrals, deferral("500000"));
        assertThat(principalLost.body()).contains("受け付けられませんでした：変更後の支払回の元金は ¥1,050,000 ですが、置き換える支払回");

        String requested = PageSession.location(caseworker.submit(page, deferrals, deferral("550000")));
        String deferralId = PageSession.hiddenFields(page).get("requestId");
        assertThat(caseworker.get(requested).body()).contains("延納を申請しました。", "延納 — 2015-05-03 caseworker: 売上急減のため")
                .doesNotContain("延納を申請する");

        String withDeferral = caseworker.get("/leases/" + lease).body();
        String lifted = PageSession.location(caseworker.submit(withDeferral, "/leases/" + lease + "/arrears-lifts",
                Map.of("instalmentNumbers", "1", "requestedOn", "2015-05-03", "reason", "期日入金の記帳漏れ")));
        assertThat(caseworker.get(lifted).body()).contains("延滞解除を申請しました。", "延滞解除 — 2015-05-03 caseworker: 期日入金の記帳漏れ");
        HttpResponse<String> nothingToSubsidise = caseworker.submit(withDeferral, "/leases/" + lease + "/interest-subsidies",
                Map.of("fiscalYear", "2015", "salesDeclinePercent", "20.5", "evidence", "試算表", "requestedOn", "2015-05-03"));
        assertThat(nothingToSubsidise.body()).as("an interest-free lease has no interest to subsidise")
                .contains("受け付けられませんでした：", "に支払期日を迎える未払の利息がありません。");

        PageSession supervisor = new PageSession(port);
        supervisor.signIn("supervisor", "demo");
        assertThat(supervisor.get("/approvals").body()).contains("id=\"request-" + deferralId + "\"", "売上急減のため",
                "期日入金の記帳漏れ", "承認する");
        assertThat(supervisor.get("/leases/" + lease).body()).contains("延納 — 2015-05-03 caseworker: 売上急減のため");

        String beforeWriteOff = caseworker.get("/leases/" + lease).body();
        assertThat(beforeWriteOff).as("a caseworker does not reverse write-offs").doesNotContain("償却を取り消す");
        String writeOffId = PageSession.hiddenFields(beforeWriteOff).get("requestId");
        PageSession.location(caseworker.submit(beforeWriteOff, "/leases/" + lease + "/write-offs",
                Map.of("requestedOn", "2015-05-03", "reason", "破産手続開始")));
        String queue = supervisor.get("/approvals").body();
        // the page the approval leads to waits for the read model to show it
        String writtenOff = supervisor.get(PageSession.location(supervisor.submit(queue, "/approvals/" + lease
                + "/WRITE_OFF/" + writeOffId + "/approve", Map.of("decidedOn", "2015-05-03", "note", "")))).body();
        assertThat(writtenOff).contains("id=\"written-off\">100,000円<", "償却を取り消す");
        assertThat(caseworker.post("/leases/" + lease + "/write-off-reversals", Map.of("_csrf",
                PageSession.hiddenFields(beforeWriteOff).get("_csrf"), "writeOffId", writeOffId, "reversedOn",
                "2015-05-03", "reason", "誤り")).statusCode()).as("only supervisors reverse a write-off").isEqualTo(403);
        String reversed = PageSession.location(supervisor.submit(writtenOff, "/leases/" + lease + "/write-off-reversals",
                Map.of("writeOffId", writeOffId, "reversedOn", "2015-05-03", "reason", "破産手続の廃止")));
        assertThat(supervisor.get(reversed).body()).contains("償却を取り消しました。", "id=\"written-off\">0円<",
                "id=\"arrears\">100,000円<");
    }

    /** The eleven instalments not in arrears (¥1,100,000) replaced by two, the second carrying {@code second}. */
    private static Map<String, String> deferral(String second) {
        return Map.of("requestedOn", "2015-05-03", "reason", "売上急減のため",
                "revisedInstalments[0].dueDate", "2015-12-01", "revisedInstalments[0].principal", "550000",
                "revisedInstalments[0].interest", "0",
                "revisedInstalments[1].dueDate", "2016-06-01", "revisedInstalments[1].principal", second,
                "revisedInstalments[1].interest", "0");
    }
}
