package com.okradvisor.plugin;

import static com.okradvisor.plugin.PanelFixtures.HOSTILE;
import static com.okradvisor.testing.Okr.AS_OF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.okradvisor.advisor.AdvisorSettings;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The project OKR page of GRO, rendered from its template for each request as the servlet renders it
 * (the cycle from the URL's query, the current one by default), served over HTTP with AUI's real CSS
 * and opened in headless Chromium: the cycle is switched with the page's own form, and hostile text
 * (markup, a script, control and bidi characters) in a summary, a key result and a finding shows as
 * text. Screenshots in {@code target/screenshots}. Skipped where Chromium or AUI is missing.
 */
class ProjectPageInBrowserTest {

    private static final String PATH = "/plugins/servlet/okr-advisor/project/GRO";
    private static ChromeDriver browser;
    private static PanelServer server;
    private static String address;

    @BeforeAll
    static void serveTheProjectPage() throws IOException {
        browser = HeadlessChromium.open(1200, 1800);
        server = new PanelServer();
        address = server.serve(PATH, query -> {
            String cycle = cycleIn(query);
            return "<!DOCTYPE html>" + PanelFixtures.projectPageHtml(new PanelRenderer(), PanelFixtures.projectPage(cycle));
        });
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void showsTheCurrentCyclesObjectivesWithProgressKindAlignmentAndFindings() throws IOException {
        browser.get(address);

        assertThat(heading()).isEqualTo("OKRs of GRO in 2026-Q2");
        assertThat(cards()).containsExactly("okr-objective-GRO-1", "okr-objective-GRO-3");
        WebElement first = browser.findElement(By.id("okr-objective-GRO-1"));
        assertThat(first.findElement(By.className("okr-kind")).getText()).isEqualToIgnoringCase("Committed");
        assertThat(first.findElement(By.className("okr-health")).getText()).isNotBlank();
        assertThat(first.findElement(By.className("okr-project-bar-done")).getAttribute("style")).contains("width: 40%");
        assertThat(first.findElement(By.className("okr-project-bar-expected")).getAttribute("style")).contains("left: 48%");
        assertThat(first.findElement(By.className("okr-project-bar-done")).getSize().getWidth()).isPositive();
        assertThat(first.findElement(By.className("okr-project-counts")).getText()).containsIgnoringCase("Critical 1");
        assertThat(first.findElement(By.className("okr-project-parents")).getText())
                .contains("CO-1 Become the market leader", "2 more in issues you may not browse");
        assertThat(first.findElement(By.className("okr-project-children")).getText())
                .contains("GRO-3 Win two reference customers", "1 more in issues you may not browse");
        assertThat(first.findElement(By.cssSelector("a[href='/jira/browse/GRO-2']")).getText()).isEqualTo("GRO-2");
        assertThat(browser.findElement(By.className("okr-project-hidden-objectives")).getText()).startsWith("3 objectives");
        HeadlessChromium.screenshot(browser, "project-page");
        Files.writeString(HeadlessChromium.PAGES.resolve("project.html"), browser.getPageSource(), StandardCharsets.UTF_8);
    }

    @Test
    void showsHostileIssueTextAsTextAndRunsNoScript() {
        browser.get(address);

        WebElement title = browser.findElement(By.cssSelector("#okr-objective-GRO-1 .okr-project-title"));
        assertThat(title.getText()).startsWith("Grow <b>revenue</b> " + HOSTILE);
        assertThat(title.findElements(By.tagName("b"))).isEmpty();
        assertThat(title.findElement(By.tagName("bdi")).getText()).isEqualTo(title.getText());
        assertThat(browser.findElement(By.cssSelector("#okr-objective-GRO-3 .okr-project-parents li")).getText())
                .as("the override in GRO-1's title reorders only that title").endsWith("GRO");
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("Raise feature adoption from 0% to 100% " + HOSTILE, "GRO-2 says " + HOSTILE);
        assertThat(browser.findElements(By.tagName("script"))).isEmpty();
        assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
    }

    @Test
    void switchesCycleThroughItsFormIntoAShareableUrl() throws IOException {
        browser.get(address);
        assertThat(browser.findElements(By.cssSelector("#okr-cycle option"))).extracting(option -> option.getAttribute("value"))
                .containsExactly("2026-Q2", "2026-Q3");

        browser.findElement(By.cssSelector("#okr-cycle option[value='2026-Q3']")).click();
        browser.findElement(By.cssSelector(".okr-project-cycles button[type='submit']")).click();

        assertThat(browser.getCurrentUrl()).endsWith(PATH + "?cycle=2026-Q3");
        assertThat(heading()).isEqualTo("OKRs of GRO in 2026-Q3");
        assertThat(cards()).containsExactly("okr-objective-GRO-7");
        assertThat(browser.findElement(By.cssSelector("#okr-cycle option[selected]")).getAttribute("value")).isEqualTo("2026-Q3");
        HeadlessChromium.screenshot(browser, "project-page-2026-Q3");
    }

    @Test
    void saysSoWhenTheCycleHasNoObjectivesAndOffersTheCyclesThatHave() throws IOException {
        browser.get(address + "?cycle=2025-Q4");

        assertThat(cards()).isEmpty();
        assertThat(browser.findElement(By.className("okr-project-empty")).getText()).startsWith("No objectives you may browse in 2025-Q4");
        assertThat(browser.findElements(By.cssSelector("#okr-cycle option"))).extracting(option -> option.getAttribute("value"))
                .containsExactly("2025-Q4", "2026-Q2", "2026-Q3");
        HeadlessChromium.screenshot(browser, "project-page-empty-cycle");
    }

    private static String heading() {
        return browser.findElement(By.tagName("h1")).getText();
    }

    private static List<String> cards() {
        return browser.findElements(By.className("okr-project-objective")).stream().map(card -> card.getAttribute("id")).toList();
    }

    /** The cycle a query asks for, the current one (of the fixed day) without one. */
    private static String cycleIn(String query) {
        return Arrays.stream(query == null ? new String[0] : query.split("&"))
                .filter(parameter -> parameter.startsWith("cycle="))
                .map(parameter -> URLDecoder.decode(parameter.substring("cycle=".length()), StandardCharsets.UTF_8))
                .findFirst().orElse(AdvisorSettings.DEFAULTS.progress().calendar().cycleOf(AS_OF).label());
    }
}
