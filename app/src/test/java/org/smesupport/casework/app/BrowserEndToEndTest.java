package org.smesupport.casework.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The web application in a real browser: Debian's Chromium, headless, driven through its chromedriver. A
 * caseworker signs in, registers a company, opens a case, records a session, and finds it on the timeline and in
 * the year's count; the language switch turns the pages to English. Each page is saved as a screenshot under
 * {@code target/screenshots/}. Without Chromium the suite is skipped with a message saying so, unless
 * {@code CASEWORK_REQUIRE_BROWSER=true} (CI sets it after installing one), which makes its absence a failure.
 */
class BrowserEndToEndTest extends EndToEndTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static WebDriver browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startChromium() throws IOException {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed && Boolean.parseBoolean(System.getenv("CASEWORK_REQUIRE_BROWSER"))) {
            throw new IllegalStateException("CASEWORK_REQUIRE_BROWSER is set but " + CHROMIUM + " or " + CHROMEDRIVER
                    + " is missing: install Debian's chromium and chromium-driver (.ci/run does)");
        }
        Assumptions.assumeTrue(installed, "no Chromium: the real-browser suite needs Debian's chromium and"
                + " chromium-driver (apt-get install chromium chromium-driver); skipped");
        Files.createDirectories(SCREENSHOTS);
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
                // headless as root in a container, and nothing that would reach for the network
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-quic", "--no-first-run", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--window-size=1280,1000", "--lang=ja",
                        "--user-data-dir=" + Files.createTempDirectory("casework-chromium-"));
        // a Japanese user's browser: the pages answer Accept-Language
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "ja,en"));
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .build(), options);
    }

    @AfterAll
    static void stopChromium() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aCaseworkersDayInTheBrowser() {
        open("/");
        assertThat(browser.getCurrentUrl()).endsWith("/login");
        screenshot("sign-in");
        type("username", "caseworker");
        type("password", "demo");
        browser.findElement(By.id("sign-in")).click();
        waitFor(By.id("signed-in-user"));
        assertThat(text(By.id("signed-in-user"))).isEqualTo("caseworker");
        screenshot("home");

        open("/companies/new");
        type("name", "株式会社ブラウザ");
        type("corporateNumber", TestData.corporateNumber());
        choose("industry", "製造業");
        type("municipality", "川崎市");
        choose("sizeClass", "中小企業");
        screenshot("register-company");
        browser.findElement(By.id("submit")).click();
        assertThat(waitFor(By.id("company-name")).getText()).isEqualTo("株式会社ブラウザ");
        screenshot("company");

        browser.findElement(By.id("open-case")).click();
        choose("desk", "ワンストップ相談");
        type("subject", "新製品の販路開拓");
        setDate("openedOn", "2020-05-11");
        browser.findElement(By.id("submit")).click();
        assertThat(waitFor(By.id("case-subject")).getText()).isEqualTo("新製品の販路開拓");

        setDate("heldOn", "2020-05-12");
        choose("category", "マーケティング");
        type("durationMinutes", "60");
        type("notes", "展示会への出展を検討");
        browser.findElement(By.id("record-session")).click();
        waitFor(By.cssSelector("p.notice"));
        assertThat(text(By.id("session-count"))).isEqualTo("1");
        assertThat(text(By.id("timeline"))).contains("2020-05-12");
        screenshot("consultation-case");

        open("/reports/consultations/2020");
        assertThat(text(By.id("categories"))).contains("マーケティング");
        screenshot("consultation-report");

        browser.findElement(By.id("language-switch")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver ->
                driver.findElement(By.tagName("h1")).getText().equals("2020 (R02) consultations"));
        screenshot("consultation-report-en");
    }

    private void open(String path) {
        browser.get("http://127.0.0.1:" + port + path);
    }

    private static void type(String id, String value) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(value);
    }

    private static void choose(String id, String label) {
        new Select(browser.findElement(By.id(id))).selectByVisibleText(label);
    }

    /** A date input takes what the browser's locale types; the value is set as the form will send it. */
    private static void setDate(String id, String isoDate) {
        ((JavascriptExecutor) browser).executeScript(
                "document.getElementById(arguments[0]).value = arguments[1];", id, isoDate);
    }

    private static String text(By element) {
        return browser.findElement(element).getText();
    }

    private static WebElement waitFor(By element) {
        return new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> driver.findElement(element));
    }

    private static void screenshot(String name) {
        Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        try {
            Files.move(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
