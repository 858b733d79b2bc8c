package org.smesupport.casework.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Maker-checker in the pages, over real HTTP: a caseworker requests a write-off of a contract's arrears and
 * cannot decide it, a supervisor approves it from the queue, and the contract page shows it written off. Its own
 * data directory, since the close of business that puts the contract in arrears closes each day once.
 */
@SpringBootTest(classes = CaseworkApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class WebApprovalsEndToEndTest {

    @Autowired
    TestRestTemplate rest;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) throws IOException {
        String dir = Files.createTempDirectory("casework-web-approvals-").toString();
        registry.add("casework.data-dir", () -> dir);
    }

    @Test
    void aSupervisorApprovesTheWriteOffACaseworkerRequested() {
        LeaseInArrears inArrears = LeaseInArrears.open(rest);
        String companyId = inArrears.companyId();
        String lease = inArrears.contractId();

        PageSession caseworker = new PageSession(port);
        caseworker.signIn("caseworker", "demo");
        assertThat(caseworker.get("/leases").body()).contains("/leases/" + lease, "複写機", TestData.companyLink(companyId));
        String beforePayment = caseworker.get("/leases/" + lease).body();
        assertThat(beforePayment).contains("id=\"arrears\">100,000円<", "入金を記録する", TestData.companyLink(companyId));
        Map<String, String> payment = Map.of("receivedOn", "2015-05-03", "amount", "1000");
        String afterPayment = PageSession.location(caseworker.submit(beforePayment, "/leases/" + lease + "/payments",
                payment));
        assertThat(caseworker.get(afterPayment).body()).contains("入金を記録しました。", "id=\"arrears\">99,000円<");
        assertThat(caseworker.submit(beforePayment, "/leases/" + lease + "/payments", payment).body())
                .as("the same form again records nothing").contains("受け付けられませんでした：入金", "はこの契約にすでに記録されています");
        assertThat(caseworker.get("/companies/" + companyId).body()).contains("複写機", "99,000円");
        String paid = caseworker.get("/leases/" + lease).body();
        HttpResponse<String> noReason = caseworker.submit(paid, "/leases/" + lease + "/reversals",
                Map.of("paymentId", firstPayment(paid), "reversedOn", "2015-05-03", "reason", ""));
        assertThat(noReason.body()).contains("入力してください。");
        String reversed = PageSession.location(caseworker.submit(paid, "/leases/" + lease + "/reversals",
                Map.of("paymentId", firstPayment(paid), "reversedOn", "2015-05-03", "reason", "不渡り")));
        assertThat(caseworker.get(reversed).body()).contains("入金を取り消しました。", "id=\"arrears\">100,000円<",
                "入金の取消");
        String contractPage = caseworker.get("/leases/" + lease).body();
        assertThat(contractPage).contains("id=\"arrears\">100,000円<", "償却を申請する");
        HttpResponse<String> noWriteOffReason = caseworker.submit(contractPage, "/leases/" + lease + "/write-offs",
                Map.of("requestedOn", "2015-05-03", "reason", ""));
        assertThat(noWriteOffReason.body()).contains("入力してください。");
        String afterRequest = PageSession.location(caseworker.submit(contractPage, "/leases/" + lease + "/write-offs",
                Map.of("requestedOn", "2015-05-03", "reason", "破産手続開始")));
        assertThat(caseworker.get(afterRequest).body()).contains("償却を申請しました", "償却 — 2015-05-03 caseworker: 破産手続開始");

        String ownQueue = caseworker.get("/approvals").body();
        assertThat(ownQueue).contains("ご自身の申請です").doesNotContain("承認する");
        String requestPath = ownQueue.substring(ownQueue.indexOf("id=\"request-") + "id=\"request-".length());
        String requestId = requestPath.substring(0, requestPath.indexOf('"'));
        assertThat(caseworker.post("/approvals/" + lease + "/WRITE_OFF/" + requestId + "/approve",
                Map.of("_csrf", PageSession.hiddenFields(ownQueue).get("_csrf"), "decidedOn", "2015-05-03"))
                .statusCode()).as("only supervisors decide").isEqualTo(403);

        PageSession supervisor = new PageSession(port);
        supervisor.signIn("supervisor", "demo");
        String queue = supervisor.get("/approvals").body();
        assertThat(queue).contains("承認する", "却下する", "破産手続開始", TestData.companyLink(companyId));
        HttpResponse<String> rejectWithoutReason = supervisor.submit(queue,
                "/approvals/" + lease + "/WRITE_OFF/" + requestId + "/reject", Map.of("decidedOn", "2015-05-03", "note", ""));
        assertThat(rejectWithoutReason.body()).contains("却下の理由を入力してください。");
        String approved = PageSession.location(supervisor.submit(queue,
                "/approvals/" + lease + "/WRITE_OFF/" + requestId + "/approve",
                Map.of("decidedOn", "2015-05-03", "note", "回収見込みなし")));
        String page = supervisor.get(approved).body();
        assertThat(page).contains("承認しました。", "id=\"written-off\">100,000円<", "id=\"arrears\">0円<",
                "承認待ちの申請はありません。", "償却の申請", "償却の承認");
    }

    /** The first payment the page's reversal form offers (the option after "choose"). */
    private static String firstPayment(String page) {
        String select = page.substring(page.indexOf("id=\"reversalPaymentId\""));
        Matcher option = Pattern.compile("<option value=\"([^\"]+)\"").matcher(select);
        if (!option.find()) {
            throw new AssertionError("no payment to reverse on the page");
        }
        return option.group(1);
    }

}
