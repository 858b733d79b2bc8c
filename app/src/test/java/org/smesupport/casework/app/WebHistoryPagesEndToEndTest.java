package org.smesupport.casework.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;

/**
 * The auditors' history pages over real HTTP: a record's every stored event with who, role, when, business date
 * and request id, linked from the record's page for auditors only, and closed to everyone else.
 */
class WebHistoryPagesEndToEndTest extends EndToEndTest {

    @LocalServerPort
    int port;

    @Test
    void anAuditorReadsWhoDidWhatToACompanyAndWhen() {
        HttpHeaders request = new HttpHeaders();
        request.set("X-Correlation-Id", "audit-page-request-1");
        request.set("X-Business-Date", "2020-06-01");
        ApiClient caseworker = as("caseworker");
        String companyId = Answers.created(caseworker.post("/api/companies", TestData.company(), request));

        PageSession auditor = new PageSession(port);
        auditor.signIn("auditor", "demo");
        assertThat(auditor.get("/").body()).contains("履歴の検索");
        assertThat(auditor.submit(auditor.get("/companies").body(), "/companies/search", Map.of("name", "テスト"))
                .statusCode()).as("a search records nothing: an auditor may post it").isEqualTo(200);
        assertThat(PageSession.location(auditor.get("/history?id=%20" + companyId + "%20")))
                .isEqualTo("/history/" + companyId);
        String history = auditor.get("/history/" + companyId).body();
        assertThat(history).contains("企業の履歴", companyId, "CompanyRegisteredEvent", "caseworker (CASEWORKER)",
                "2020-06-01", "依頼ID audit-page-request-1", "<dt>corporateNumber</dt>");
        caseworker.awaitGet("/api/companies/" + companyId, company -> true);
        assertThat(auditor.get("/companies/" + companyId).body()).as("the record page links to its history")
                .contains("href=\"/history/" + companyId + "\"");
        assertThat(auditor.get("/history?id=%20").body()).contains("入力してください。");
        assertThat(auditor.get("/history/no-such-record").statusCode()).isEqualTo(404);
    }

    @Test
    void anAuditorSeesWhatEachEventChangedInTheRecordsDetail() {
        ApiClient caseworker = as("caseworker");
        Map<String, Object> company = TestData.company();
        String companyId = Answers.created(caseworker.post("/api/companies", company));
        Answers.ok(caseworker.post("/api/companies/" + companyId + "/update", Map.of("name", "株式会社テスト精工ホールディングス",
                "industry", "MANUFACTURING", "municipality", "横浜市", "sizeClass", "SMALL", "expectedVersion", 0)));
        PageSession auditor = new PageSession(port);
        auditor.signIn("auditor", "demo");

        assertThat(auditor.get("/history/" + companyId).body())
                .contains("href=\"/history/" + companyId + "/changes?version=1\"", "変更内容");
        String changes = auditor.get("/history/" + companyId + "/changes?version=1").body();
        assertThat(changes).contains("企業の変更（第 1 版）", "CompanyUpdatedEvent", "変わった項目（", "<td>name</td>",
                "<td>株式会社テスト精工</td>", "<td>株式会社テスト精工ホールディングス</td>", "前の版");
        assertThat(auditor.get("/history/" + companyId + "/changes?version=0").body())
                .contains("CompanyRegisteredEvent", "<td>―</td>", "次の版");
        assertThat(auditor.get("/history/" + companyId + "/changes?version=2").statusCode()).isEqualTo(404);
        String claim = "corporate-number-" + company.get("corporateNumber");
        assertThat(auditor.get("/history/" + claim).body()).as("a claim keeps no detail view to rebuild")
                .doesNotContain("/changes?version=");
    }

    @Test
    void theHistoryIsForAuditorsOnly() {
        String companyId = Answers.created(as("caseworker").post("/api/companies", TestData.company()));
        PageSession caseworker = new PageSession(port);
        caseworker.signIn("caseworker", "demo");
        assertThat(caseworker.get("/history/" + companyId).statusCode()).isEqualTo(403);
        assertThat(caseworker.get("/history").statusCode()).isEqualTo(403);
        as("caseworker").awaitGet("/api/companies/" + companyId, company -> true);
        assertThat(caseworker.get("/companies/" + companyId).body()).doesNotContain("/history/");
        PageSession admin = new PageSession(port);
        admin.signIn("admin", "demo");
        assertThat(admin.get("/history/" + companyId).body()).contains("CompanyRegisteredEvent");
    }
}
