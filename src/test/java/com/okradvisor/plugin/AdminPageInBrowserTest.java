package com.okradvisor.plugin;

import static com.okradvisor.plugin.PanelFixtures.HOSTILE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.okradvisor.advisor.Parameter;
import com.okradvisor.advisor.RuleEntry;
import com.okradvisor.advisor.RuleProblem;
import com.okradvisor.jira.view.AdminField;
import com.okradvisor.jira.view.AdminPageModel;
import com.okradvisor.jira.view.RuleProblemRow;
import com.okradvisor.jira.view.RuleSwitch;
import com.okradvisor.jira.view.ThresholdRow;
import com.okradvisor.model.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
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
 * The admin page as an admin sees it after a refused rule file: rendered from its template, styled
 * with AUI's real CSS, opened in headless Chromium, with hostile text in a compiler message, a rule
 * title, a file name and a typed value. Screenshot in {@code target/screenshots}. Skipped where
 * Chromium or AUI is missing.
 */
class AdminPageInBrowserTest {

    private static final Parameter STALE_AFTER_DAYS = Parameter.fromKey("staleAfterDays").orElseThrow();

    private static ChromeDriver browser;

    @BeforeAll
    static void openTheRefusedPageInHeadlessChromium() throws IOException {
        browser = HeadlessChromium.open(1000, 3200);
        open(new PanelRenderer().render("templates/admin/admin.vm", Map.of("okr", refusedPage())));
    }

    @AfterAll
    static void closeChromium() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void showsEachCompilerProblemWithItsFileAndLineAsTextAndRunsNoScript() throws IOException {
        WebElement refused = browser.findElement(By.className("okr-admin-refused"));

        assertThat(refused.getText()).contains("evil.drl", "line 7:", "mismatched input " + HOSTILE);
        assertThat(browser.findElements(By.tagName("script"))).isEmpty();
        assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        HeadlessChromium.screenshot(browser, "admin-page");
    }

    @Test
    void keepsHostileTypedTextInsideItsInputs() {
        assertThat(browser.findElement(By.id("objective.label")).getAttribute("value")).isEqualTo("okr\">" + HOSTILE);
        assertThat(browser.findElement(By.id("objective.label")).getAttribute("name")).isEqualTo("objective.label");
        assertThat(browser.findElement(By.id("importText")).getAttribute("value")).isEqualTo("objective.label = " + HOSTILE);
        assertThat(browser.findElement(By.id("newRuleFileText")).getAttribute("value")).contains(HOSTILE);
        assertThat(browser.findElement(By.className("okr-rule-switches")).getText()).contains("Title " + HOSTILE);
        assertThat(browser.findElement(By.cssSelector("input[name=removeRuleFile]")).getAttribute("value"))
                .isEqualTo("x" + HOSTILE + ".drl");
    }

    @Test
    void marksTheRefusedFieldAndIsStyledByAui() {
        WebElement error = browser.findElement(By.cssSelector(".okr-threshold .error"));
        assertThat(error.getText()).isEqualTo("Enter a number from 1 to 365.");
        assertThat(browser.findElement(By.className("okr-admin-errors")).getCssValue("background-color"))
                .isNotEqualTo("rgba(0, 0, 0, 0)");
        WebElement switchedOff = browser.findElement(By.cssSelector(".okr-rule-switches input[value=kr-unmeasurable]"));
        assertThat(switchedOff.isDisplayed()).as("the rule's checkbox shows").isTrue();
        assertThat(switchedOff.isSelected()).isFalse();
        assertThat(browser.findElement(By.cssSelector(".okr-rule-switches input[value=too-many-key-results]")).isSelected()).isTrue();
    }

    @Test
    void listsTheStoredValuesRefusedAndTheImportsProblemsAsText() {
        assertThat(browser.findElement(By.className("okr-admin-stored-refused")).getText())
                .contains("kpi.label = \"" + HOSTILE + "\": Enter at most 255 characters.");
        assertThat(browser.findElement(By.className("okr-admin-refused-import")).getText())
                .contains("threshold.staleDays = \"" + HOSTILE + "\": Unknown key.");
        assertThat(browser.findElement(By.cssSelector(".okr-admin-export a")).getAttribute("href")).endsWith("?export");
    }

    /**
     * The page after a system administrator posted a broken rule file and a threshold out of bounds, with
     * a stored value and an import refused too, so that every notice shows.
     */
    private static AdminPageModel refusedPage() {
        AdminPageModel.Fields fields = new AdminPageModel.Fields(field("objective.issueType", "Epic"),
                field("objective.label", "okr\">" + HOSTILE), field("kpi.issueType", "KPI"), field("kpi.label", "kpi"),
                field("alignment.linkTypes", "Supports"), field("epicLink.field", "Epic Link"),
                field("progress.inProgressWeight", "0.5"), field("progress.fiscalYearStartMonth", "1"),
                field("newRuleFileName", "evil.drl"), field("newRuleFileText", "rule \"x\" " + HOSTILE + " when then end"),
                field("importText", "objective.label = " + HOSTILE));
        List<ThresholdRow> thresholds = Arrays.stream(Parameter.values())
                .map(parameter -> new ThresholdRow(parameter, parameter == STALE_AFTER_DAYS
                        ? new AdminField("threshold." + parameter.key(), "0", "Enter a number from 1 to 365.")
                        : field("threshold." + parameter.key(), parameter.format(parameter.defaultValue()))))
                .toList();
        List<RuleSwitch> rules = List.of(
                new RuleSwitch(rule("too-many-key-results", "Too many key results", true), true),
                new RuleSwitch(rule("kr-unmeasurable", "Key result without a number", true), false),
                new RuleSwitch(rule("acme-vendor", "Title " + HOSTILE, false), true));
        List<RuleProblemRow> refused = List.of(new RuleProblemRow(new RuleProblem("evil.drl", 7, "mismatched input " + HOSTILE)));
        AdminPageModel.Notices notices = new AdminPageModel.Notices(
                List.of("kpi.label = \"" + HOSTILE + "\": Enter at most 255 characters."),
                List.of("threshold.staleDays = \"" + HOSTILE + "\": Unknown key."));
        return new AdminPageModel(fields, thresholds, rules, List.of("x" + HOSTILE + ".drl"), refused, List.of(), notices,
                new AdminPageModel.Status("atl_token", "token\"" + HOSTILE, false, true));
    }

    private static AdminField field(String name, String value) {
        return new AdminField(name, value, null);
    }

    private static RuleEntry rule(String key, String title, boolean shipped) {
        return new RuleEntry(key, Severity.MAJOR, title, "Why.", "Fix it.", List.of(), shipped ? "structure.drl" : "acme.drl", shipped);
    }

    private static void open(String pageHtml) throws IOException {
        Path page = HeadlessChromium.PAGES.resolve("admin.html");
        String html = pageHtml.replace("</head>", "<link rel=\"stylesheet\" href=\"" + HeadlessChromium.AUI_CSS.toAbsolutePath().toUri() + "\"></head>")
                .replace("<body>", "<body class=\"aui-page-panel\"><div style=\"padding: 16px\">")
                .replace("</body>", "</div></body>");
        Files.writeString(page, "<!DOCTYPE html>" + html, StandardCharsets.UTF_8);
        browser.get(page.toAbsolutePath().toUri().toString());
    }
}
