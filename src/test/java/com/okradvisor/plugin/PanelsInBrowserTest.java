package com.okradvisor.plugin;

import static com.okradvisor.plugin.PanelFixtures.HOSTILE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The panels as a person sees them: rendered from their templates, styled with AUI's real CSS (npm
 * {@code @atlassian/aui}, which {@code .ci/run} installs) and the app's own, opened in headless
 * Chromium. Screenshots go to {@code target/screenshots}. Skipped where Chromium or AUI is missing.
 */
class PanelsInBrowserTest {

    private static ChromeDriver browser;

    @BeforeAll
    static void openHeadlessChromium() throws IOException {
        browser = HeadlessChromium.open(480, 1400);
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
        Path page = HeadlessChromium.PAGES.resolve(name + ".html");
        String html = "<!DOCTYPE html><html><head><meta charset=\"UTF-8\">"
                + "<link rel=\"stylesheet\" href=\"" + HeadlessChromium.AUI_CSS.toAbsolutePath().toUri() + "\">"
                + "<link rel=\"stylesheet\" href=\"" + Paths.get("src/main/resources/css/okr-panels.css").toAbsolutePath().toUri() + "\">"
                + "</head><body class=\"aui-page-panel\"><div class=\"module\" style=\"padding: 16px\">"
                + panelHtml + "</div></body></html>";
        Files.writeString(page, html, StandardCharsets.UTF_8);
        browser.get(page.toAbsolutePath().toUri().toString());
    }

    private static void screenshot(String name) throws IOException {
        HeadlessChromium.screenshot(browser, name);
    }
}
