package org.smesupport.casework.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The web application in a real browser ({@link Chromium}): a caseworker signs in, registers a company, opens a
 * case, records a session, and finds it on the timeline and in the year's count; the language switch turns the
 * pages to English; a reporter opens a report and prints it; an auditor reads a record's history. The approvals are played in {@link BrowserApprovalsEndToEndTest}.
 */
class BrowserEndToEndTest extends EndToEndTest {

    @LocalServerPort
    int port;

    private Chromium browser;

    @BeforeEach
    void startChromium() {
        browser = Chromium.start(port);
    }

    @AfterEach
    void stopChromium() {
        browser.close();
    }

    @Test
    void aCaseworkersDayInTheBrowser() {
        browser.open("/");
        assertThat(browser.driver().getCurrentUrl()).endsWith("/login");
        browser.screenshot("sign-in");
        browser.signIn("caseworker");
        assertThat(browser.text(By.id("signed-in-user"))).isEqualTo("caseworker");
        browser.screenshot("home");

        browser.open("/companies/new");
        browser.type("name", "株式会社ブラウザ");
        browser.type("corporateNumber", TestData.corporateNumber());
        browser.choose("industry", "製造業");
        browser.type("municipality", "川崎市");
        browser.choose("sizeClass", "中小企業");
        browser.screenshot("register-company");
        browser.click(By.id("submit"));
        assertThat(browser.waitFor(By.id("company-name")).getText()).isEqualTo("株式会社ブラウザ");
        browser.screenshot("company");

        browser.click(By.id("open-case"));
        browser.choose("desk", "ワンストップ相談");
        browser.type("subject", "新製品の販路開拓");
        browser.setDate("openedOn", "2020-05-11");
        browser.click(By.id("submit"));
        assertThat(browser.waitFor(By.id("case-subject")).getText()).isEqualTo("新製品の販路開拓");

        browser.setDate("session-heldOn", "2020-05-12");
        browser.choose("session-category", "マーケティング");
        browser.type("session-durationMinutes", "60");
        browser.type("session-notes", "展示会への出展を検討");
        browser.click(By.id("record-session"));
        browser.waitFor(By.cssSelector("p.notice"));
        assertThat(browser.text(By.id("session-count"))).isEqualTo("1");
        assertThat(browser.text(By.id("timeline"))).contains("2020-05-12", "相談の記録");
        browser.screenshot("consultation-case");
    }

    @Test
    void aReporterReadsTheYearsReportAndSwitchesToEnglish() {
        browser.signIn("reporter");
        browser.open("/reports/consultations/2020");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("2020 (R02) 相談実績");
        assertThat(browser.driver().findElement(By.id("csv-download")).getAttribute("href"))
                .endsWith("/reports/consultations/2020/csv");
        browser.screenshot("consultation-report");
        browser.click(By.id("language-switch"));
        browser.waitForText(By.tagName("h1"), "2020 (R02) consultations");
        browser.screenshot("consultation-report-en");
        browser.click(By.id("language-switch"));
        browser.waitForText(By.tagName("h1"), "2020 (R02) 相談実績");

        ApiClient caseworker = as("caseworker");
        String companyId = Answers.created(caseworker.post("/api/companies", TestData.company()));
        for (int year = 2016; year <= 2020; year++) {
            Map<String, Object> contract = new LinkedHashMap<>(LeaseInArrears.contract(companyId));
            contract.put("amount", 1_000_000 + (year % 4) * 700_000);
            contract.put("contractDate", year + "-06-01");
            contract.put("firstDueDate", year + "-07-01");
            Answers.created(caseworker.post("/api/leases", contract));
        }
        as("reporter").awaitGet("/api/reports/leases/2020", report -> Answers.line(report.path("contracts"), "AMOUNT")
                .path("years").get(0).path("yen").asLong() > 0);
        browser.open("/reports?fiscalYear=2020");
        browser.click(By.cssSelector("a[href='/reports/leases/2020']"));
        browser.waitForText(By.tagName("h1"), "2020 (R02) 設備導入支援（設備貸与）");
        assertThat(browser.driver().findElements(By.cssSelector("td.chart svg rect"))).as("five bars a line")
                .hasSizeGreaterThan(20).anySatisfy(bar -> assertThat(bar.getAttribute("height")).isNotEqualTo("0.0"));
        browser.screenshot("lease-report");
        assertThat(browser.printOnA4Landscape("lease-report")).as("the four tables on A4 sheets").isBetween(1, 2);

        browser.open("/reports/annual/2020");
        browser.waitForText(By.tagName("h1"), "2020 (R02) 事業報告");
        assertThat(browser.printOnA4Landscape("annual-report")).as("each of the four sections starts a sheet")
                .isGreaterThanOrEqualTo(4);
    }

    @Test
    void anAuditorFindsARecordsHistoryFromItsPage() {
        ApiClient caseworker = as("caseworker");
        String companyId = Answers.created(caseworker.post("/api/companies", TestData.company()));
        caseworker.awaitGet("/api/companies/" + companyId, company -> true);
        browser.signIn("auditor");
        browser.open("/companies/" + companyId);
        browser.click(By.cssSelector("p.history-link a"));
        browser.waitForText(By.tagName("h1"), "企業の履歴");
        assertThat(browser.text(By.id("history"))).contains("CompanyRegisteredEvent", "caseworker (CASEWORKER)");
        browser.screenshot("history");
    }
}
