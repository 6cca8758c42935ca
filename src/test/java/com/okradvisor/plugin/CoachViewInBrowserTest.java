package com.okradvisor.plugin;

import static com.okradvisor.plugin.PanelFixtures.HOSTILE;
import static com.okradvisor.testing.Okr.AS_OF;
import static com.okradvisor.testing.Okr.keyResultAt;
import static com.okradvisor.testing.Okr.objective;
import static com.okradvisor.testing.Okr.portfolio;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.okradvisor.advisor.Advisor;
import com.okradvisor.advisor.AdvisorSettings;
import com.okradvisor.advisor.Assessment;
import com.okradvisor.jira.view.CoachPageModel;
import com.okradvisor.model.Finding;
import com.okradvisor.model.Portfolio;
import com.okradvisor.model.Severity;
import com.okradvisor.view.FindingFilter;
import com.okradvisor.view.FindingIndex;
import com.okradvisor.view.PortfolioView;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The coach view grouped by objective, on its first page of two, filtered by project: rendered from
 * its template, styled with AUI's real CSS, opened in headless Chromium, with hostile text in an
 * objective's summary, an owner's name and a finding's message; and its HTML export of the same
 * selection, the command line's report rendered with Jira's escaping, opened as the file a coach
 * downloads. Screenshots in {@code target/screenshots}. Skipped where Chromium or AUI is missing.
 */
class CoachViewInBrowserTest {

    private static final Advisor ADVISOR = Advisor.load(CoachViewInBrowserTest.class.getClassLoader());
    private static ChromeDriver browser;
    private static Portfolio portfolio;
    private static Assessment judged;
    private static FindingIndex index;
    private static FindingFilter filter;
    private static String coachPage;

    @BeforeAll
    static void openTheCoachViewInHeadlessChromium() throws IOException {
        browser = HeadlessChromium.open(1200, 1600);
        portfolio = portfolio(objective("GRO-1").summary("Grow " + HOSTILE)
                .keyResults(keyResultAt("GRO-2", 40).owner("Ana " + HOSTILE)), objective("MOB-1").summary("Mobile"));
        judged = new Assessment(List.of(
                new Finding("kr-unmeasurable", Severity.MAJOR, "GRO-2", "GRO-2 says " + HOSTILE, "Measure it."),
                new Finding("objective-behind", Severity.CRITICAL, "GRO-1", "GRO-1 is behind", "Plan it."),
                new Finding("kr-vague", Severity.MINOR, "GRO-2", "Vague", "Say what.")),
                ADVISOR.assess(portfolio, AdvisorSettings.DEFAULTS, AS_OF).standings(), List.of());
        index = FindingIndex.of(portfolio, judged, ADVISOR.catalogue());
        filter = FindingFilter.parse(Map.of("project", List.of("GRO"), "group", List.of("objective"),
                "pageSize", List.of("2")), Set.of());
        coachPage = write("coach.html", new PanelRenderer().render("templates/coach/coach.vm",
                Map.of("okr", CoachPageModel.of(index, filter, "/jira",
                        new CoachPageModel.Read(0, "The links of Relates " + HOSTILE + " were read issue by issue.")))), true);
        browser.get(coachPage);
    }

    @AfterAll
    static void closeChromium() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void showsHostileIssueTextAsTextAndRunsNoScript() throws IOException {
        assertThat(browser.findElement(By.className("okr-coach-group-title")).getText()).isEqualTo("GRO-1 Grow " + HOSTILE);
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("GRO-2 says " + HOSTILE, "Ana " + HOSTILE);
        assertThat(browser.findElement(By.className("okr-coach-slow-links")).getText())
                .isEqualTo("The links of Relates " + HOSTILE + " were read issue by issue.");
        assertThat(browser.findElements(By.tagName("script"))).isEmpty();
        assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        HeadlessChromium.screenshot(browser, "coach-view");
    }

    @Test
    void groupsByObjectivePagesAndCountsWhatTheFilterSelects() {
        assertThat(browser.findElements(By.className("okr-coach-finding"))).hasSize(2);
        assertThat(browser.findElement(By.className("okr-coach-counts")).getText()).startsWith("3 findings");
        assertThat(browser.findElement(By.className("okr-coach-pages")).getText()).startsWith("Page 1 of 2");
        assertThat(browser.findElement(By.className("okr-coach-next")).getAttribute("href"))
                .endsWith("?project=GRO&group=objective&pageSize=2&page=2");
        assertThat(browser.findElements(By.className("okr-coach-previous"))).isEmpty();
        assertThat(browser.findElement(By.cssSelector("a[href='/jira/browse/GRO-2']")).getText()).isEqualTo("GRO-2");
    }

    @Test
    void keepsTheFiltersInTheFormAndOffersTheExportOfTheSameSelection() {
        assertThat(browser.findElement(By.cssSelector("#okr-project option[selected]")).getAttribute("value")).isEqualTo("GRO");
        assertThat(browser.findElement(By.cssSelector("#okr-group option[selected]")).getAttribute("value")).isEqualTo("objective");
        assertThat(browser.findElements(By.cssSelector("#okr-owner option"))).extracting(option -> option.getAttribute("value"))
                .containsExactly("Ana " + HOSTILE, "Ana Silva");
        assertThat(browser.findElement(By.className("okr-coach-export-csv")).getAttribute("href"))
                .endsWith("?project=GRO&group=objective&pageSize=2&export=csv");
    }

    @Test
    void exportsTheSelectionOnEveryPageAsTheCommandLinesReportWithHostileTextAsText() throws IOException {
        assertThat(browser.findElement(By.className("okr-coach-export-html")).getAttribute("href"))
                .endsWith("?project=GRO&group=objective&pageSize=2&export=html");
        List<Finding> selected = index.selected(filter).stream().map(row -> row.getFinding().finding()).toList();
        String export = new PanelRenderer(true).render("templates/report.vm",
                Map.of("report", PortfolioView.selection(portfolio, judged, selected, ADVISOR.catalogue(), AS_OF)));
        try {
            browser.get(write("okr-findings.html", export, false));

            assertThat(browser.findElements(By.cssSelector("section.okr-card[id^='objective-']")))
                    .extracting(card -> card.getAttribute("id")).containsExactly("objective-GRO-1");
            assertThat(browser.findElement(By.cssSelector("#objective-GRO-1 .okr-objective-title")).getText())
                    .isEqualTo("Grow " + HOSTILE);
            assertThat(browser.findElements(By.cssSelector("li.okr-finding"))).hasSize(3)
                    .extracting(finding -> finding.getAttribute("data-rule"))
                    .containsExactly("objective-behind", "kr-unmeasurable", "kr-vague");
            assertThat(browser.findElement(By.tagName("body")).getText()).contains("GRO-2 says " + HOSTILE, "Ana " + HOSTILE)
                    .doesNotContain("MOB-1");
            assertThat(browser.findElements(By.tagName("script"))).isEmpty();
            assertThat(browser.findElements(By.cssSelector("link, img"))).isEmpty();
            assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
            HeadlessChromium.screenshot(browser, "coach-export");
        } finally {
            browser.get(coachPage);
        }
    }

    /** Writes {@code html} to {@code name} among the test pages, with AUI's CSS when {@code aui}; its URL. */
    private static String write(String name, String html, boolean aui) throws IOException {
        Path page = HeadlessChromium.PAGES.resolve(name);
        String styled = aui ? "<!DOCTYPE html>" + html.replace("</head>", "<link rel=\"stylesheet\" href=\""
                + HeadlessChromium.AUI_CSS.toAbsolutePath().toUri() + "\"></head>") : html;
        Files.writeString(page, styled, StandardCharsets.UTF_8);
        return page.toAbsolutePath().toUri().toString();
    }
}
