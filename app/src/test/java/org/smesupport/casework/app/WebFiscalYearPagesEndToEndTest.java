package org.smesupport.casework.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.smesupport.casework.api.common.FiscalYear;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Closing a fiscal year from the pages, over real HTTP: a supervisor closes the year before the running one with
 * a reason, the page and the reports say its figures are final, and only an administrator reopens it. Its own data
 * directory, since a closed year refuses entries that other tests make.
 */
@SpringBootTest(classes = CaseworkApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class WebFiscalYearPagesEndToEndTest {

    @Autowired
    TestRestTemplate rest;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) throws IOException {
        String dir = Files.createTempDirectory("casework-web-fiscal-years-").toString();
        registry.add("casework.data-dir", () -> dir);
    }

    @Test
    void aSupervisorClosesTheEndedYearAndOnlyAnAdministratorReopensIt() {
        FiscalYear running = FiscalYear.containing(LocalDate.parse(new ApiClient(rest, "caseworker")
                .get("/api/business-date").getBody().get("businessDate").asText()));
        FiscalYear ended = running.previous();
        String close = "/fiscal-years/" + ended.startYear() + "/close";
        String reopen = "/fiscal-years/" + ended.startYear() + "/reopen";

        PageSession caseworker = new PageSession(port);
        caseworker.signIn("caseworker", "demo");
        assertThat(caseworker.get("/fiscal-years").statusCode()).isEqualTo(403);

        PageSession supervisor = new PageSession(port);
        supervisor.signIn("supervisor", "demo");
        String page = supervisor.get("/fiscal-years").body();
        assertThat(page).contains("業務日と年度締め", running.label(), "実施中の年度です", ended.label(), "暫定（未締め）")
                .doesNotContain("id=\"close-" + running.startYear() + "\"");
        assertThat(supervisor.submit(page, close, Map.of("reason", " ")).body()).contains("入力してください。");
        String closed = PageSession.location(supervisor.submit(page, close, Map.of("reason", "決算承認")));
        String after = supervisor.get(closed).body();
        assertThat(after).contains(ended.label() + " を締めました。", "確定（", " に supervisor が締め、版 ",
                "再開は管理者が行います。").doesNotContain("id=\"reopen-" + ended.startYear() + "\"");
        assertThat(supervisor.get("/reports/consultations/" + ended.startYear()).body()).contains("確定値：");
        assertThat(supervisor.submit(after, close, Map.of("reason", "二度目")).body()).as("a closed year, in words")
                .contains("受け付けられませんでした：");
        assertThat(supervisor.submit(after, reopen, Map.of("reason", "計上漏れ")).statusCode())
                .as("with its token, still not a supervisor's").isEqualTo(403);

        PageSession admin = new PageSession(port);
        admin.signIn("admin", "demo");
        String adminPage = admin.get("/fiscal-years").body();
        assertThat(adminPage).contains("この年度を再開する");
        String reopened = PageSession.location(admin.submit(adminPage, reopen, Map.of("reason", "相談記録の計上漏れ")));
        assertThat(admin.get(reopened).body()).contains(ended.label() + " を再開しました。")
                .containsPattern("id=\"status-" + ended.startYear() + "\">暫定（未締め）<");
    }
}
