package com.okradvisor.cli;

import static com.okradvisor.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Opens the HTML reports in headless Chromium (Debian's {@code chromium} and {@code chromium-driver}),
 * asserts what a reader sees and saves screenshots under {@code target/screenshots}. Skipped, with a
 * message saying what to install, where Chromium is absent.
 */
class HtmlReportInBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path OUT = Path.of("target", "browser");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String HOSTILE_SUMMARY = "<script>document.title='owned'</script> Make the app a joy";

    private static WebDriver browser;

    @BeforeAll
    static void startChromium() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Chromium is not installed: apt-get install chromium chromium-driver (skipping the browser test)");
        Files.createDirectories(SCREENSHOTS);
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().window().setSize(new Dimension(1440, 1000));
    }

    @AfterAll
    static void stopChromium() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void showsTheDemoAsObjectiveCardsWithTheirFindings() throws IOException {
        Path folder = OUT.resolve("demo");
        assertThat(run("demo", "--out", folder.toString()).exitCode).isZero();

        open(folder.resolve("report.html"));

        List<WebElement> cards = browser.findElements(By.cssSelector("section.okr-card[id^='objective-']"));
        assertThat(cards).hasSize(15);
        WebElement mobile = browser.findElement(By.id("objective-MOB-1"));
        assertThat(mobile.findElement(By.cssSelector(".okr-objective-title")).getText())
                .isEqualTo("Make the app a joy to open every morning");
        assertThat(mobile.findElement(By.cssSelector(".okr-health")).getText()).isEqualToIgnoringCase("On track");
        assertThat(mobile.findElements(By.cssSelector(".okr-key-result"))).hasSize(3);
        assertThat(mobile.findElement(By.cssSelector("svg.okr-bar")).getAttribute("aria-label"))
                .isEqualTo("68% done, 77% expected");
        assertThat(browser.findElements(By.cssSelector(".okr-finding")))
                .hasSize(new ObjectMapper().readTree(folder.resolve("report.json").toFile()).get("findings").size());
        assertThat(browser.findElement(By.cssSelector("#objective-PLT-11 .okr-finding .okr-finding-message")).getText())
                .contains("Objective PLT-11 has no key result");
        screenshot("demo-report.png", false);
        screenshot("demo-report-full.png", true);
    }

    @Test
    void hidesASeverityWhenItsFilterIsSwitchedOff() throws IOException {
        Path folder = OUT.resolve("filter");
        run("demo", "--out", folder.toString());
        open(folder.resolve("report.html"));
        WebElement infoFinding = browser.findElement(By.cssSelector(".okr-finding.info"));
        assertThat(infoFinding.isDisplayed()).isTrue();

        browser.findElement(By.cssSelector("label[for='show-info']")).click();

        assertThat(infoFinding.isDisplayed()).isFalse();
        assertThat(browser.findElement(By.cssSelector(".okr-finding.critical")).isDisplayed()).isTrue();
        screenshot("demo-report-without-info.png", false);
    }

    @Test
    void showsHostileTextAsText() throws IOException {
        Path export = Files.createDirectories(OUT).resolve("hostile.json");
        Files.writeString(export, ExportFiles.sample().replace("Make the app a joy to open every morning", HOSTILE_SUMMARY
                .replace("'", "\\u0027")));
        Path report = OUT.resolve("hostile.html");
        assertThat(run("check", export.toString(), "--format", "html", "--out", report.toString()).exitCode).isZero();

        open(report);

        assertThat(browser.findElement(By.cssSelector("#objective-MOB-1 .okr-objective-title")).getText())
                .isEqualTo(HOSTILE_SUMMARY);
        assertThat(browser.findElements(By.tagName("script"))).isEmpty();
        assertThat(browser.getTitle()).startsWith("OKR Advisor report");
        screenshot("hostile-report.png", true);
    }

    private static void open(Path file) {
        browser.get(file.toAbsolutePath().toUri().toString());
    }

    /** Saves what the window shows, or with {@code wholePage} the page from top to bottom. */
    private static void screenshot(String name, boolean wholePage) throws IOException {
        if (wholePage) {
            long height = (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollHeight");
            browser.manage().window().setSize(new Dimension(1440, (int) Math.min(height, 8000)));
        }
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        browser.manage().window().setSize(new Dimension(1440, 1000));
    }
}
