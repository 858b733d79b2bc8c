package org.smesupport.casework.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The business-matching forms over real HTTP with security on: receiving an order request (once, however often it
 * is submitted) and closing it, registering a supplier from its company's page and finding it among the candidates,
 * an outcome corrected by a caseworker's request and a different supervisor's approval (the requester's own
 * approval refused), and a matching fair planned with its participants. Every date is the business date, which
 * other tests sharing the application may move: so no date here falls in a year they may have closed.
 */
class WebMatchingFormsEndToEndTest extends EndToEndTest {

    @LocalServerPort
    int port;

    @Test
    void anOrderRequestIsReceivedOnceFromTheFormAndClosedFromItsPage() {
        String today = businessDate();
        PageSession browser = new PageSession(port);
        browser.signIn("caseworker", "demo");
        assertThat(browser.get("/matching/order-requests").body()).contains("/matching/order-requests/new", "発注申込を受け付ける");

        String form = browser.get("/matching/order-requests/new").body();
        Map<String, String> order = new LinkedHashMap<>(Map.of("orderingFirm", "横須賀精機株式会社",
                "orderingFirmRegion", "YOKOSUKA_MIURA", "work", "シャフトの機械加工 " + today, "processes", "MACHINING",
                "quantity", "200", "deliveryBy", LocalDate.parse(today).plusDays(60).toString(), "budget", "500000",
                "receivedOn", today));
        Map<String, String> wrong = new LinkedHashMap<>(order);
        wrong.put("orderingFirm", " ");
        wrong.remove("processes");
        wrong.put("quantity", "0");
        HttpResponse<String> invalid = browser.submit(form, "/matching/order-requests", wrong);
        assertThat(invalid.statusCode()).isEqualTo(200);
        assertThat(invalid.body()).contains("入力してください。", "1 つ以上選んでください。", "1 以上で入力してください。");
        Map<String, String> lateDelivery = new LinkedHashMap<>(order);
        lateDelivery.put("deliveryBy", today);
        assertThat(browser.submit(form, "/matching/order-requests", lateDelivery).body())
                .contains("受け付けられませんでした：");

        String received = PageSession.location(browser.submit(form, "/matching/order-requests", order));
        assertThat(received).startsWith("/matching/order-requests/").endsWith("?version=0");
        assertThat(PageSession.location(browser.submit(form, "/matching/order-requests", order)))
                .as("a second click on the same form receives no second request").isEqualTo(received);
        String request = received.substring("/matching/order-requests/".length(), received.indexOf('?'));
        String page = browser.get(received).body();
        assertThat(page).contains("発注申込を受け付けました。", "横須賀精機株式会社", "機械加工", "受付中", "取り下げる");
        assertThat(browser.get("/matching/order-requests").body().split(Pattern.quote("シャフトの機械加工 " + today), -1))
                .as("the request listed once").hasSize(2);

        assertThat(browser.submit(page, "/matching/order-requests/" + request + "/withdraw",
                Map.of("withdrawnOn", today, "reason", "")).body()).contains("入力してください。");
        String withdrawn = PageSession.location(browser.submit(page, "/matching/order-requests/" + request
                + "/withdraw", Map.of("withdrawnOn", today, "reason", "発注を見送り")));
        assertThat(browser.get(withdrawn).body()).contains("発注申込を取り下げました。", "取下げ", "発注を見送り")
                .doesNotContain("充足済みにする");
        assertThat(browser.submit(page, "/matching/order-requests/" + request + "/filled", Map.of("filledOn", today))
                .body()).as("a closed request").contains("受け付けられませんでした：");

        ApiClient api = as("caseworker");
        String other = Answers.created(api.post("/api/matching/order-requests", apiOrder("MACHINING", today)));
        api.awaitGet("/api/matching/order-requests/" + other, body -> true);
        String otherPage = browser.get("/matching/order-requests/" + other).body();
        String filled = PageSession.location(browser.submit(otherPage, "/matching/order-requests/" + other + "/filled",
                Map.of("filledOn", today)));
        assertThat(browser.get(filled).body()).contains("発注申込を充足済みにしました。", "成立済み");
    }

    @Test
    void aSupplierRegisteredFromItsCompanyPageIsIntroducedAndItsOutcomeCorrectedWithAnotherSupervisor() {
        String today = businessDate();
        ApiClient api = as("caseworker");
        String companyId = Answers.created(api.post("/api/companies", TestData.company()));
        api.awaitGet("/api/companies/" + companyId, body -> true);
        PageSession caseworker = new PageSession(port);
        caseworker.signIn("caseworker", "demo");
        assertThat(caseworker.get("/companies/" + companyId).body())
                .contains("/matching/suppliers/new?companyId=" + companyId, "受注企業として登録する");

        String form = caseworker.get("/matching/suppliers/new?companyId=" + companyId).body();
        Map<String, String> profile = new LinkedHashMap<>(Map.of("processes", "SURFACE_TREATMENT",
                "equipment", "めっき槽\nバレル研磨機", "availableHoursPerMonth", "120", "region", "KENOU", "on", today));
        Map<String, String> tooManyHours = new LinkedHashMap<>(profile);
        tooManyHours.put("availableHoursPerMonth", "99999");
        assertThat(caseworker.submit(form, "/matching/suppliers", tooManyHours).body()).contains("10,000 以下で入力してください。");
        String registered = PageSession.location(caseworker.submit(form, "/matching/suppliers", profile));
        String supplierId = "supplier-" + companyId;
        assertThat(registered).isEqualTo("/matching/suppliers/" + supplierId + "?version=0");
        assertThat(PageSession.location(caseworker.submit(form, "/matching/suppliers", profile)))
                .as("a second click registers nothing twice").isEqualTo(registered);
        String supplierPage = caseworker.get(registered).body();
        assertThat(supplierPage).contains("受注企業として登録しました。", "表面処理", "めっき槽、バレル研磨機", "登録中");
        String updated = PageSession.location(caseworker.submit(supplierPage, "/matching/suppliers/" + supplierId
                + "/profile", Map.of("processes", "SURFACE_TREATMENT", "equipment", "めっき槽", "availableHoursPerMonth",
                "160", "region", "KENOU", "on", today)));
        assertThat(caseworker.get(updated).body()).contains("登録内容を更新しました。", "160");
        assertThat(caseworker.submit(supplierPage, "/matching/suppliers/" + supplierId + "/profile", profile).body())
                .as("the page before the update").contains("この記録は他の人によって変更されました");
        assertThat(caseworker.get("/companies/" + companyId).body()).contains("/matching/suppliers/" + supplierId, "登録中");

        String request = Answers.created(api.post("/api/matching/order-requests", apiOrder("SURFACE_TREATMENT", today)));
        Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50)).untilAsserted(() ->
                assertThat(caseworker.get("/matching/order-requests/" + request).body())
                        .contains("value=\"" + supplierId + "\""));
        String orderPage = caseworker.get("/matching/order-requests/" + request).body();
        String introduced = PageSession.location(caseworker.submit(orderPage, "/matching/order-requests/" + request
                + "/referrals", Map.of("supplierId", supplierId, "introducedOn", today)));
        String withReferral = caseworker.get(introduced).body();
        String referral = withReferral.substring(withReferral.indexOf("/referrals/") + "/referrals/".length());
        referral = referral.substring(0, referral.indexOf('/'));
        String referralPath = "/matching/order-requests/" + request + "/referrals/" + referral;
        String recorded = PageSession.location(caseworker.submit(withReferral, referralPath + "/outcome",
                Map.of("outcome", "CONCLUDED", "initialOrderAmount", "1000000", "reason", "", "decidedOn", today)));

        String withOutcome = caseworker.get(recorded).body();
        assertThat(withOutcome).contains("結果の訂正を申請する");
        assertThat(caseworker.submit(withOutcome, referralPath + "/correction", Map.of("outcome", "CONCLUDED",
                "initialOrderAmount", "1200000", "reason", "", "requestedOn", today)).body()).contains("入力してください。");
        String requested = PageSession.location(caseworker.submit(withOutcome, referralPath + "/correction",
                Map.of("outcome", "CONCLUDED", "initialOrderAmount", "1200000", "reason", "注文書の金額の誤記",
                        "requestedOn", today)));
        String pending = caseworker.get(requested).body();
        assertThat(pending).contains("結果の訂正を申請しました。", "承認待ちの訂正", "注文書の金額の誤記",
                "ご自身の申請です。").doesNotContain("承認する");
        assertThat(caseworker.submit(pending, referralPath + "/correction/approve", Map.of("decidedOn", today,
                "note", "")).statusCode()).as("only supervisors decide").isEqualTo(403);

        PageSession supervisor = new PageSession(port);
        supervisor.signIn("supervisor", "demo");
        assertThat(supervisor.get("/").body()).as("the home page counts it among the requests awaiting a decision")
                .containsPattern("承認待ちの申請（[1-9][0-9]* 件）");
        assertThat(supervisor.get("/approvals").body()).as("the approvals page leads to the correction")
                .contains("/matching/order-requests/" + request, "結果の訂正（" + today + " caseworker が申請）");
        String toDecide = supervisor.get("/matching/order-requests/" + request).body();
        assertThat(toDecide).contains("承認する", "却下する");
        assertThat(supervisor.submit(toDecide, referralPath + "/correction/reject", Map.of("decidedOn", today,
                "note", "")).body()).as("a rejection needs its reason").contains("却下の理由を入力してください。");
        String approved = PageSession.location(supervisor.submit(toDecide, referralPath + "/correction/approve",
                Map.of("decidedOn", today, "note", "注文書を確認")));
        String corrected = supervisor.get(approved).body();
        assertThat(corrected).contains("結果の訂正を承認しました。", "1,200,000円", "成立 1,000,000円 → 成立 1,200,000円",
                "<td>caseworker</td>", "<td>supervisor</td>");

        String ownRequest = PageSession.location(supervisor.submit(corrected, referralPath + "/correction",
                Map.of("outcome", "CONCLUDED", "initialOrderAmount", "1100000", "reason", "再確認した金額",
                        "requestedOn", today)));
        String own = supervisor.get(ownRequest).body();
        assertThat(own).contains("ご自身の申請です。").doesNotContain("承認する");
        assertThat(supervisor.submit(own, referralPath + "/correction/approve", Map.of("decidedOn", today, "note", ""))
                .body()).as("a supervisor's own request").contains("受け付けられませんでした：");
        assertThat(supervisor.get("/matching/order-requests/" + request).body()).contains("1,200,000円")
                .doesNotContain("1,100,000円</td>");

        String withdrawn = PageSession.location(caseworker.submit(caseworker.get("/matching/suppliers/" + supplierId)
                .body(), "/matching/suppliers/" + supplierId + "/withdraw", Map.of("withdrawnOn", today,
                "reason", "廃業")));
        String withdrawnPage = caseworker.get(withdrawn).body();
        assertThat(withdrawnPage).contains("受注企業の登録を取り下げました。", "登録取下げ", "再登録する");
        String again = PageSession.location(caseworker.submit(withdrawnPage, "/matching/suppliers/" + supplierId
                + "/re-registration", profile));
        assertThat(caseworker.get(again).body()).contains("受注企業として再登録しました。", "登録中");
    }

    @Test
    void aMatchingFairIsPlannedWithItsParticipantsMeetingsAndAnswers() {
        String today = businessDate();
        PageSession browser = new PageSession(port);
        browser.signIn("caseworker", "demo");
        assertThat(browser.get("/matching/order-requests").body()).contains("/matching/fairs");
        assertThat(browser.get("/matching/fairs").body()).contains("/matching/fairs/new");

        String form = browser.get("/matching/fairs/new").body();
        Map<String, String> fair = new LinkedHashMap<>(Map.of("name", "横須賀ものづくり商談会 " + today,
                "startsOn", today, "endsOn", today, "format", "IN_PERSON", "focusArea", "横須賀",
                "partners", "横須賀商工会議所\n三浦市"));
        Map<String, String> nameless = new LinkedHashMap<>(fair);
        nameless.put("name", "");
        nameless.put("endsOn", "2020-02-30");
        assertThat(browser.submit(form, "/matching/fairs", nameless).body())
                .contains("入力してください。", "日付を YYYY-MM-DD の形で入力してください。");
        String planned = PageSession.location(browser.submit(form, "/matching/fairs", fair));
        assertThat(planned).startsWith("/matching/fairs/").endsWith("?version=0");
        assertThat(PageSession.location(browser.submit(form, "/matching/fairs", fair))).isEqualTo(planned);
        String fairId = planned.substring("/matching/fairs/".length(), planned.indexOf('?'));
        String page = browser.get(planned).body();
        assertThat(page).contains("商談会を計画しました。", "横須賀ものづくり商談会", "対面", "横須賀商工会議所、三浦市");

        String participants = "/matching/fairs/" + fairId + "/participants";
        Map<String, String> ordering = Map.of("side", "ORDERING", "firmName", "横須賀重工株式会社", "companyId", "");
        String registered = PageSession.location(browser.submit(page, participants, ordering));
        assertThat(browser.submit(page, participants, ordering).body())
                .as("the same form again registers nobody twice").contains("受け付けられませんでした：");
        String withOne = browser.get(registered).body();
        assertThat(withOne).contains("参加企業を登録しました。", "横須賀重工株式会社");
        String withTwo = browser.get(PageSession.location(browser.submit(withOne, participants,
                Map.of("side", "SUPPLYING", "firmName", "三浦製作所", "companyId", "")))).body();
        String orderingId = participantId(withTwo, "横須賀重工株式会社");
        String supplyingId = participantId(withTwo, "三浦製作所");
        String met = PageSession.location(browser.submit(withTwo, "/matching/fairs/" + fairId + "/meetings",
                Map.of("orderingParticipantId", orderingId, "supplyingParticipantId", supplyingId, "heldOn", today)));
        assertThat(browser.get(met).body()).contains("商談を記録しました。", "id=\"meetings\">1<");
        String answered = PageSession.location(browser.submit(browser.get(met).body(), "/matching/fairs/" + fairId
                + "/satisfaction", Map.of("participantId", orderingId, "satisfied", "true")));
        assertThat(browser.get(answered).body()).contains("満足度の回答を記録しました。", "満足度 100.0%");
        assertThat(browser.get("/matching/fairs").body()).contains("横須賀ものづくり商談会 " + today);
    }

    private String businessDate() {
        return as("caseworker").get("/api/business-date").getBody().get("businessDate").asText();
    }

    private static Map<String, Object> apiOrder(String process, String receivedOn) {
        Map<String, Object> order = new LinkedHashMap<>();
        order.put("orderingFirm", "県央工業株式会社");
        order.put("orderingFirmRegion", "KENOU");
        order.put("work", "部品の加工");
        order.put("processes", List.of(process));
        order.put("quantity", 100);
        order.put("deliveryBy", LocalDate.parse(receivedOn).plusDays(90).toString());
        order.put("preferredRegion", "KENOU");
        order.put("receivedOn", receivedOn);
        return order;
    }

    /** The participant's id, from the option naming the firm in the page's participant choices. */
    private static String participantId(String page, String firmName) {
        var option = Pattern.compile("<option value=\"([^\"]+)\">" + Pattern.quote(firmName) + "</option>").matcher(page);
        assertThat(option.find()).as("a choice for " + firmName).isTrue();
        return option.group(1);
    }
}
