package org.smesupport.casework.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven through its chromedriver, for the real-browser tests: what a user does on a
 * page (type, choose, click) and a screenshot of each page under {@code target/screenshots/}. Without Chromium a
 * test is skipped with a message saying so, unless {@code CASEWORK_REQUIRE_BROWSER=true} (CI sets it after
 * installing one), which makes its absence a failure.
 */
final class Chromium implements AutoCloseable {

    private static final Path BINARY = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static final double A4_SHORT_SIDE_CM = 21.0;
    private static final double A4_LONG_SIDE_CM = 29.7;
    /** A page object of the PDF (not the /Pages tree above them). */
    private static final Pattern PDF_PAGE = Pattern.compile("/Type\\s*/Page(?!s)");

    private final ChromeDriver driver;
    private final String base;

    private Chromium(ChromeDriver driver, int port) {
        this.driver = driver;
        this.base = "http://127.0.0.1:" + port;
    }

    /** A browser whose user reads Japanese first, on the application at {@code port}. */
    static Chromium start(int port) {
        boolean installed = Files.isExecutable(BINARY) && Files.isExecutable(DRIVER);
        if (!installed && Boolean.parseBoolean(System.getenv("CASEWORK_REQUIRE_BROWSER"))) {
            throw new IllegalStateException("CASEWORK_REQUIRE_BROWSER is set but " + BINARY + " or " + DRIVER
                    + " is missing: install Debian's chromium and chromium-driver (.ci/browser does)");
        }
        Assumptions.assumeTrue(installed, "no Chromium: the real-browser tests need Debian's chromium and"
                + " chromium-driver (apt-get install chromium chromium-driver); skipped");
        try {
            Files.createDirectories(SCREENSHOTS);
            ChromeOptions options = new ChromeOptions().setBinary(BINARY.toFile())
                    // headless as root in a container, and nothing that would reach for the network
                    .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                            "--disable-quic", "--no-first-run", "--disable-background-networking",
                            "--disable-component-update", "--disable-sync", "--window-size=1280,1000",
                            "--user-data-dir=" + Files.createTempDirectory("casework-chromium-"));
            options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "ja,en"));
            return new Chromium(new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(
                    DRIVER.toFile()).build(), options), port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    WebDriver driver() {
        return driver;
    }

    /** The viewport of a device, e.g. a tablet held upright (768 × 1024). */
    void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /** How far the page is wider than the window: 0 when nothing needs scrolling sideways. */
    long overflow() {
        return (Long) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
    }

    /** Presses keys on whatever has the focus, as a keyboard user does. */
    void press(CharSequence... keys) {
        driver.switchTo().activeElement().sendKeys(keys);
    }

    /** The element that has the keyboard focus. */
    WebElement focused() {
        return driver.switchTo().activeElement();
    }

    void open(String path) {
        driver.get(base + path);
    }

    void signIn(String user) {
        open("/login");
        type("username", user);
        type("password", "demo");
        driver.findElement(By.id("sign-in")).click();
        waitFor(By.id("signed-in-user"));
    }

    void type(String id, String value) {
        type(By.id(id), value);
    }

    /** Into the first field found, e.g. the note of the first of several decisions on a page. */
    void type(By by, String value) {
        WebElement field = driver.findElement(by);
        field.clear();
        field.sendKeys(value);
    }

    void choose(String id, String label) {
        new Select(driver.findElement(By.id(id))).selectByVisibleText(label);
    }

    /** A date input takes what the browser's locale types; the value is set as the form will send it. */
    void setDate(String id, String isoDate) {
        ((JavascriptExecutor) driver).executeScript("document.getElementById(arguments[0]).value = arguments[1];",
                id, isoDate);
    }

    void click(By element) {
        driver.findElement(element).click();
    }

    String text(By element) {
        return driver.findElement(element).getText();
    }

    WebElement waitFor(By element) {
        return new WebDriverWait(driver, Duration.ofSeconds(10)).until(page -> page.findElement(element));
    }

    void waitForText(By element, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(page -> page.findElement(element).getText().equals(text));
    }

    void screenshot(String name) {
        Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
        try {
            Files.move(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Prints the page as Chromium's print dialog would, on A4 in landscape (as the reports' print stylesheet
     * asks), saves the PDF beside the screenshots and answers its number of pages.
     */
    int printOnA4Landscape(String name) {
        PrintOptions a4 = new PrintOptions();
        a4.setPageSize(new PageSize(A4_SHORT_SIDE_CM, A4_LONG_SIDE_CM));
        a4.setOrientation(PrintOptions.Orientation.LANDSCAPE);
        byte[] pdf = Base64.getDecoder().decode(driver.print(a4).getContent());
        try {
            Files.write(SCREENSHOTS.resolve(name + ".pdf"), pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return PDF_PAGE.matcher(new String(pdf, StandardCharsets.ISO_8859_1)).results().mapToInt(match -> 1).sum();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
