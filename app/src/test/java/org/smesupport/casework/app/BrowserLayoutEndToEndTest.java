package org.smesupport.casework.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The pages at a tablet's width and with the keyboard alone, in a real browser ({@link Chromium}): nothing needs
 * scrolling sideways but a wide table within its own frame, and a form is filled and sent without a mouse.
 */
class BrowserLayoutEndToEndTest extends EndToEndTest {

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
    void thePagesFitATabletHeldUpright() {
        ApiClient caseworker = as("caseworker");
        String companyId = Answers.created(caseworker.post("/api/companies", TestData.company()));
        Map<String, Object> contract = new LinkedHashMap<>(LeaseInArrears.contract(companyId));
        contract.put("contractDate", "2020-06-01");
        contract.put("firstDueDate", "2020-07-01");
        String contractId = Answers.created(caseworker.post("/api/leases", contract));
        caseworker.awaitGet("/api/leases/" + contractId, lease -> true);
        caseworker.awaitGet("/api/companies/" + companyId, company -> true);

        browser.resize(768, 1024);
        browser.signIn("admin");
        for (String page : List.of("/", "/companies", "/companies/" + companyId, "/leases/" + contractId,
                "/approvals", "/restructuring/board", "/reports", "/reports/leases/2020", "/reports/consultations/2020",
                "/history/" + contractId)) {
            browser.open(page);
            assertThat(browser.overflow()).as(page + " at 768 px").isLessThanOrEqualTo(0);
        }
        browser.open("/reports/leases/2020");
        browser.screenshot("tablet-lease-report");
    }

    @Test
    void aCompanyIsRegisteredWithTheKeyboardAlone() {
        browser.signIn("caseworker");
        browser.open("/companies/new");
        browser.driver().findElement(By.tagName("body")).click();
        browser.press(Keys.TAB);
        // from the top: the header's links and buttons, then the form's first field
        for (int i = 0; i < 20 && !"name".equals(browser.focused().getAttribute("name")); i++) {
            browser.press(Keys.TAB);
        }
        assertThat(browser.focused().getAttribute("name")).isEqualTo("name");
        browser.press("株式会社キーボード");
        browser.press(Keys.TAB, TestData.corporateNumber());
        browser.press(Keys.TAB, "製造業");
        browser.press(Keys.TAB, "横浜市");
        browser.press(Keys.TAB, "中小企業");
        browser.press(Keys.TAB);
        browser.press(Keys.TAB);
        assertThat(browser.focused().getAttribute("id")).as("the submit button after the last field").isEqualTo("submit");
        browser.press(Keys.ENTER);
        assertThat(browser.waitFor(By.id("company-name")).getText()).isEqualTo("株式会社キーボード");
        assertThat(browser.text(By.tagName("main"))).contains("製造業", "横浜市");
    }
}
