package com.okradvisor.plugin;

import static com.okradvisor.plugin.PanelFixtures.HOSTILE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

    private static ChromeDriver browser;

    @BeforeAll
    static void openTheRefusedPageInHeadlessChromium() throws IOException {
        browser = HeadlessChromium.open(1000, 3200);
        open(new PanelRenderer().render(PanelFixtures.ADMIN, Map.of("okr", PanelFixtures.refusedAdminPage())));
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
        assertThat(browser.findElements(By.cssSelector("input[name=removeRuleFile]")))
                .extracting(checkbox -> checkbox.getAttribute("value")).containsExactly(PanelFixtures.AMPERSAND_FILE, "x" + HOSTILE + ".drl");
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

    private static void open(String pageHtml) throws IOException {
        Path page = HeadlessChromium.PAGES.resolve("admin.html");
        String html = pageHtml.replace("</head>", "<link rel=\"stylesheet\" href=\"" + HeadlessChromium.AUI_CSS.toAbsolutePath().toUri() + "\"></head>")
                .replace("<body>", "<body class=\"aui-page-panel\"><div style=\"padding: 16px\">")
                .replace("</body>", "</div></body>");
        Files.writeString(page, "<!DOCTYPE html>" + html, StandardCharsets.UTF_8);
        browser.get(page.toAbsolutePath().toUri().toString());
    }
}
