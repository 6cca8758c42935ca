package com.okradvisor.plugin;

import static com.okradvisor.plugin.PanelFixtures.HOSTILE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The panels as a person sees them: rendered from their templates, styled with AUI's real CSS (npm
 * {@code @atlassian/aui}, which {@code .ci/run} installs) and the app's own, opened in headless
 * Chromium. Screenshots go to {@code target/screenshots}. Skipped where Chromium or AUI is missing.
 */
class PanelsInBrowserTest {

    private static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Paths.get("/usr/bin/chromedriver");
    private static final Path AUI_CSS = Paths.get("node_modules/@atlassian/aui/dist/aui/aui-prototyping.css");
    private static final Path PAGES = Paths.get("target", "panels");
    private static final Path SCREENSHOTS = Paths.get("target", "screenshots");

    private static ChromeDriver browser;

    @BeforeAll
    static void openHeadlessChromium() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER), "Chromium and its driver are not installed");
        assumeTrue(Files.isRegularFile(AUI_CSS), "AUI is not installed: npm install @atlassian/aui (see .ci/run)");
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--allow-file-access-from-files");
        browser = new ChromeDriver(options);
        browser.manage().window().setSize(new Dimension(480, 1400));
        Files.createDirectories(PAGES);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void closeChromium() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void objectivePanelShowsHostileTextAsTextAndRunsNoScript() throws IOException {
        open("objective", new PanelRenderer().render("templates/panels/objective.vm", Map.of("okr", PanelFixtures.objectivePanel())));

        WebElement panel = browser.findElement(By.className("okr-objective-panel"));
        assertThat(panel.findElements(By.tagName("script"))).isEmpty();
        assertThat(panel.findElement(By.className("okr-key-results")).getText()).contains(HOSTILE);
        assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
    }

    @Test
    void objectivePanelIsStyledByAui() throws IOException {
        open("objective", new PanelRenderer().render("templates/panels/objective.vm", Map.of("okr", PanelFixtures.objectivePanel())));

        WebElement health = browser.findElement(By.className("okr-health"));
        assertThat(health.getCssValue("text-transform")).isEqualTo("uppercase");
        assertThat(health.getText()).isEqualTo("AT RISK");
        WebElement bar = browser.findElement(By.className("okr-progress-bar"));
        assertThat(bar.getSize().getWidth()).isPositive().isLessThan(browser.findElement(By.className("okr-progress")).getSize().getWidth());
        List<WebElement> findings = browser.findElements(By.cssSelector(".okr-findings > li"));
        assertThat(findings).hasSize(2);
        screenshot("objective-panel");
        assertFitsTheSidebarWidth();
    }

    @Test
    void keyResultPanelShowsItsHistoryNewestFirst() throws IOException {
        open("key-result", new PanelRenderer().render("templates/panels/key-result.vm", Map.of("okr", PanelFixtures.keyResultPanel())));

        List<WebElement> rows = browser.findElements(By.cssSelector(".okr-check-ins tbody tr"));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).getText()).startsWith("2026-05-12").contains(HOSTILE);
        assertThat(browser.findElements(By.cssSelector(".okr-key-result-panel script"))).isEmpty();
        screenshot("key-result-panel");
        assertThat(rows.get(0).getText()).contains(PanelFixtures.LONG_WORD);
        assertFitsTheSidebarWidth();
    }

    /** Long words wrap: the page never scrolls sideways at the sidebar's 480 px. */
    private static void assertFitsTheSidebarWidth() {
        Object overflow = browser.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(((Number) overflow).intValue()).as("pixels the panel overflows the window by").isLessThanOrEqualTo(0);
    }

    /** The panel inside a page like Jira's issue sidebar: AUI's CSS, then the app's. */
    private static void open(String name, String panelHtml) throws IOException {
        Path page = PAGES.resolve(name + ".html");
        String html = "<!DOCTYPE html><html><head><meta charset=\"UTF-8\">"
                + "<link rel=\"stylesheet\" href=\"" + AUI_CSS.toAbsolutePath().toUri() + "\">"
                + "<link rel=\"stylesheet\" href=\"" + Paths.get("src/main/resources/css/okr-panels.css").toAbsolutePath().toUri() + "\">"
                + "</head><body class=\"aui-page-panel\"><div class=\"module\" style=\"padding: 16px\">"
                + panelHtml + "</div></body></html>";
        Files.writeString(page, html, StandardCharsets.UTF_8);
        browser.get(page.toAbsolutePath().toUri().toString());
    }

    private static void screenshot(String name) throws IOException {
        Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
