package com.okradvisor.plugin;

import static com.okradvisor.plugin.PanelFixtures.HOSTILE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The panels as a person sees them: rendered from their templates, styled and scripted with AUI's
 * real CSS and JavaScript (npm {@code @atlassian/aui}, which {@code .ci/run} installs) and the app's
 * own, served from 127.0.0.1 and opened in headless Chromium. The server stands in for the REST API
 * the Check in dialog posts to. Screenshots go to {@code target/screenshots}. Skipped where Chromium
 * or AUI is missing.
 */
class PanelsInBrowserTest {

    /**
     * What the REST API answers to a check-in on GRO-11: the history with the new check-in, hostile note and
     * all. Its numbers come written (the {@code …Text} fields, {@code progressPercent}); a currency goes first
     * ({@code $26000}), where a page that wrote value and unit itself would put it last.
     */
    private static final String CHECKED_IN = "{\"key\":\"GRO-11\",\"objectiveKey\":\"GRO-1\",\"progress\":0.6,"
            + "\"progressPercent\":60,\"metric\":{\"baseline\":20000,\"target\":30000,\"current\":26000,\"unit\":\"$\","
            + "\"baselineText\":\"$20000\",\"targetText\":\"$30000\",\"currentText\":\"$26000\"},\"checkIns\":["
            + "{\"date\":\"2026-04-20T00:00\",\"author\":\"Ana Silva\",\"value\":24000,\"confidence\":6,\"note\":\"\","
            + "\"valueText\":\"$24000\",\"confidenceText\":\"6/10\"},"
            + "{\"date\":\"2026-05-14T09:30:00\",\"author\":\"Ben Okafor\",\"value\":26000,\"confidence\":7,"
            + "\"note\":\"<img src=x onerror=alert(1)> trial went well\",\"valueText\":\"$26000\",\"confidenceText\":\"7/10\"}],"
            + "\"findings\":[]}";

    private static ChromeDriver browser;
    private static PanelServer server;

    @BeforeAll
    static void openHeadlessChromium() throws IOException {
        assumeTrue(Files.isRegularFile(PanelServer.AUI.resolve("aui-prototyping.js")) && Files.isRegularFile(PanelServer.JQUERY),
                "AUI is not installed: npm install @atlassian/aui (see .ci/run)");
        browser = HeadlessChromium.open(480, 1400);
        server = new PanelServer();
    }

    @AfterAll
    static void closeChromium() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
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

    @Test
    void checkInDialogPostsTheFormAsJsonAndShowsTheNewHistoryAsText() throws Exception {
        openKeyResultPanel();
        server.answer(200, CHECKED_IN);

        browser.findElement(By.className("okr-check-in-open")).click();
        WebElement dialog = visibleDialog();
        dialog.findElement(By.name("value")).sendKeys("26000");
        dialog.findElement(By.name("confidence")).sendKeys("7");
        dialog.findElement(By.name("note")).sendKeys("<img src=x onerror=alert(1)> trial went well");
        screenshot("check-in-dialog");
        dialog.findElement(By.className("okr-check-in-submit")).click();

        PanelServer.Request request = server.nextRequest();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/jira/rest/okr-advisor/1.0/keyresults/GRO-11/checkins");
        assertThat(request.contentType()).isEqualTo("application/json");
        assertThat(request.xsrfToken()).isEqualTo("no-check");
        assertThat(request.body()).isEqualTo("{\"value\":26000,\"confidence\":7,\"note\":\"<img src=x onerror=alert(1)> trial went well\"}");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.invisibilityOf(dialog));
        List<WebElement> rows = browser.findElements(By.cssSelector(".okr-check-ins tbody tr"));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).getText()).isEqualTo("2026-05-14 Ben Okafor $26000 7/10 <img src=x onerror=alert(1)> trial went well");
        assertThat(browser.findElements(By.cssSelector(".okr-check-ins img"))).isEmpty();
        assertThat(browser.findElement(By.className("okr-progress-text")).getText()).isEqualTo("60% done");
        assertThat(browser.findElement(By.className("okr-metric-current")).getText()).isEqualTo("$26000");
        assertThat(browser.findElement(By.className("okr-check-in-saved")).isDisplayed()).isTrue();
        assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        screenshot("check-in-saved");
    }

    @Test
    void checkInDialogShowsTheServersRefusalAsTextAndStaysOpen() throws Exception {
        openKeyResultPanel();
        server.answer(400, "{\"status\":400,\"field\":\"confidence\",\"message\":\"confidence must be a whole number from 0 to 10, was <b>11</b>\"}");

        browser.findElement(By.className("okr-check-in-open")).click();
        WebElement dialog = visibleDialog();
        dialog.findElement(By.name("confidence")).sendKeys("11");
        dialog.findElement(By.className("okr-check-in-submit")).click();

        assertThat(server.nextRequest().body()).isEqualTo("{\"confidence\":11}");
        WebElement error = new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.className("okr-check-in-error")));
        assertThat(error.getText()).isEqualTo("confidence must be a whole number from 0 to 10, was <b>11</b>");
        assertThat(error.findElements(By.tagName("b"))).isEmpty();
        assertThat(dialog.isDisplayed()).isTrue();
        assertThat(browser.findElements(By.cssSelector(".okr-check-ins tbody tr"))).hasSize(2);
        screenshot("check-in-refused");
    }

    private static void openKeyResultPanel() throws IOException {
        open("key-result", new PanelRenderer().render("templates/panels/key-result.vm", Map.of("okr", PanelFixtures.keyResultPanel())));
    }

    private static WebElement visibleDialog() {
        return new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.className("okr-check-in-dialog")));
    }

    /** Long words wrap: the page never scrolls sideways at the sidebar's 480 px. */
    private static void assertFitsTheSidebarWidth() {
        Object overflow = browser.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(((Number) overflow).intValue()).as("pixels the panel overflows the window by").isLessThanOrEqualTo(0);
    }

    /** The panel inside a page like Jira's issue sidebar, served; a copy goes to target/panels. */
    private static void open(String name, String panelHtml) throws IOException {
        String address = server.show(panelHtml);
        Files.writeString(HeadlessChromium.PAGES.resolve(name + ".html"), server.page(), StandardCharsets.UTF_8);
        browser.get(address);
    }

    private static void screenshot(String name) throws IOException {
        HeadlessChromium.screenshot(browser, name);
    }
}
