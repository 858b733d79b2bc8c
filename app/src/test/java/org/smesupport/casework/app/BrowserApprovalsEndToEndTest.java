package org.smesupport.casework.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Maker-checker in a real browser ({@link Chromium}): a caseworker requests a write-off of a contract's arrears and
 * is offered no decision on it; a supervisor signs in, approves it from the queue, and the contract page shows it
 * written off. Its own data directory, since the close of business that puts the contract in arrears closes each
 * day once.
 */
@SpringBootTest(classes = CaseworkApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class BrowserApprovalsEndToEndTest {

    @Autowired
    TestRestTemplate rest;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) throws IOException {
        String dir = Files.createTempDirectory("casework-browser-approvals-").toString();
        registry.add("casework.data-dir", () -> dir);
    }

    @Test
    void aCaseworkerRequestsAWriteOffAndASupervisorApprovesIt() {
        String lease = LeaseInArrears.open(rest).contractId();

        try (Chromium caseworker = Chromium.start(port)) {
            caseworker.signIn("caseworker");
            caseworker.open("/leases/" + lease);
            assertThat(caseworker.text(By.id("arrears"))).isEqualTo("100,000円");
            caseworker.type("writeOff-reason", "破産手続開始");
            caseworker.screenshot("lease-contract");
            caseworker.click(By.id("request-write-off"));
            assertThat(caseworker.waitFor(By.cssSelector("p.notice")).getText()).contains("償却を申請しました");
            caseworker.open("/approvals");
            assertThat(caseworker.text(By.tagName("main"))).contains("ご自身の申請です");
            assertThat(caseworker.driver().findElements(By.cssSelector("button.approve"))).isEmpty();
        }
        try (Chromium supervisor = Chromium.start(port)) {
            supervisor.signIn("supervisor");
            supervisor.open("/approvals");
            supervisor.type(By.cssSelector("textarea[name=note]"), "回収見込みなし");
            supervisor.screenshot("approvals");
            supervisor.click(By.cssSelector("button.approve"));
            assertThat(supervisor.waitFor(By.cssSelector("p.notice")).getText()).isEqualTo("承認しました。");
            assertThat(supervisor.text(By.id("written-off"))).isEqualTo("100,000円");
            assertThat(supervisor.text(By.id("timeline"))).contains("償却の承認");
        }
    }
}
