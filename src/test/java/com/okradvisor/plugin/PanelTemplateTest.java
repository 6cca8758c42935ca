package com.okradvisor.plugin;

import static com.okradvisor.plugin.PanelFixtures.HOSTILE;
import static org.assertj.core.api.Assertions.assertThat;

import com.okradvisor.jira.view.MostSevere;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The panel templates render their view models, with issue text shown as text, never as markup. */
class PanelTemplateTest {

    private static final String OBJECTIVE = "templates/panels/objective.vm";
    private static final String KEY_RESULT = "templates/panels/key-result.vm";
    private static final String ESCAPED = "&lt;script&gt;alert(&#39;okr&#39;)&lt;/script&gt;";

    private final PanelRenderer renderer = new PanelRenderer();

    @Test
    void objectivePanelShowsHealthProgressKeyResultsKpisAndFindings() {
        String html = renderer.render(OBJECTIVE, Map.of("okr", PanelFixtures.objectivePanel()));

        assertThat(html).contains("Cycle 2026-Q2", "% of the cycle has passed", "GRO-11", "work: 4 of 5 done (1 hidden)", "GRO-12", "Unassigned",
                "2026-05-12", "and 2 more in projects you cannot browse", "GRO-90", "3.1% (threshold ≤ 2.5%)", "Off target",
                "Major", "Rewrite it as the outcome the task should bring.", "Skipped unreadable data on GRO-12");
    }

    @Test
    void bothPanelsShowTheObjectivesKind() {
        assertThat(renderer.render(OBJECTIVE, Map.of("okr", PanelFixtures.objectivePanel())))
                .contains("<span class=\"aui-lozenge aui-lozenge-subtle okr-kind okr-kind-committed\">Committed</span>");
        assertThat(renderer.render(KEY_RESULT, Map.of("okr", PanelFixtures.keyResultPanel())))
                .contains("<span class=\"aui-lozenge aui-lozenge-subtle okr-kind okr-kind-committed\">Committed</span>");
    }

    @Test
    void objectivePanelSaysHowManyKeyResultsAndKpisItDidNotRead() {
        String html = renderer.render(OBJECTIVE, Map.of("okr", PanelFixtures.objectivePanel()));

        assertThat(html).contains("and 3 more, too many for one panel: not shown and not judged here",
                "and 1 more linked issues, too many for one panel: not checked as KPIs and not judged here");
    }

    @Test
    void keyResultPanelSaysHowManyKeyResultsAndKpisOfItsObjectiveWereNotJudgedBesideIt() {
        String html = renderer.render(KEY_RESULT, Map.of("okr", PanelFixtures.keyResultPanel()));

        assertThat(html).contains(
                "Judged beside the first key results of its objective only: 3 more, too many for one panel, were not judged here.",
                "and 1 more linked issues, too many for one panel: not checked as KPIs and not judged here");
    }

    @Test
    void panelsListTheFiftyMostSevereFindingsAndCountTheRest() {
        String objective = renderer.render(OBJECTIVE, Map.of("okr", PanelFixtures.objectivePanelWithFindings(MostSevere.PANEL + 7)));
        String keyResult = renderer.render(KEY_RESULT, Map.of("okr", PanelFixtures.keyResultPanelWithFindings(MostSevere.PANEL + 7)));

        for (String html : new String[] {objective, keyResult}) {
            assertThat(html.split("okr-remedy", -1)).hasSize(MostSevere.PANEL + 1);
            assertThat(html).contains("and 7 more findings, less severe: not listed here");
        }
        assertThat(renderer.render(OBJECTIVE, Map.of("okr", PanelFixtures.objectivePanel()))).doesNotContain("more findings");
    }

    @Test
    void keyResultPanelShowsItsObjectiveMetricHistoryAndOnlyItsFindings() {
        String html = renderer.render(KEY_RESULT, Map.of("okr", PanelFixtures.keyResultPanel()));

        assertThat(html).as("its objective's key, not a key that starts with it")
                .contains("<span class=\"okr-key\">GRO-1</span>");
        assertThat(html).contains("30%", "45%", "38%", "work: 4 of 5 done (1 hidden)", "Campaign", "2026-04-20", "reads like a task");
        assertThat(html).doesNotContain("GRO-12 has no owner.");
        assertThat(html.indexOf("2026-05-12")).isLessThan(html.indexOf("2026-04-20"));
    }

    @Test
    void showsHostileIssueTextAsText() {
        String objective = renderer.render(OBJECTIVE, Map.of("okr", PanelFixtures.objectivePanel()));
        String keyResult = renderer.render(KEY_RESULT, Map.of("okr", PanelFixtures.keyResultPanel()));

        for (String html : new String[] {objective, keyResult}) {
            assertThat(html).doesNotContain(HOSTILE).contains(ESCAPED);
        }
    }

    @Test
    void escapesHostileTextExactlyOnceWhenJiraAutoEscapesToo() {
        PanelRenderer autoEscaping = new PanelRenderer(true);
        String objective = autoEscaping.render(OBJECTIVE, Map.of("okr", PanelFixtures.objectivePanel()));
        String keyResult = autoEscaping.render(KEY_RESULT, Map.of("okr", PanelFixtures.keyResultPanel()));

        for (String html : new String[] {objective, keyResult}) {
            assertThat(html).doesNotContain(HOSTILE).doesNotContain("&amp;lt;").contains(ESCAPED);
        }
        assertThat(objective).isEqualTo(renderer.render(OBJECTIVE, Map.of("okr", PanelFixtures.objectivePanel())));
    }

    @Test
    void adminPageEscapesStoredFileNamesAndNoticesExactlyOnceWhenJiraAutoEscapes() {
        String html = new PanelRenderer(true).render(PanelFixtures.ADMIN, Map.of("okr", PanelFixtures.refusedAdminPage()));

        assertThat(html).as("the checkbox sends the stored name back, so the file can be removed")
                .contains("value=\"a&amp;b.drl\"", ">a&amp;b.drl</label>", "value=\"x" + ESCAPED + ".drl\"");
        assertThat(html).as("a custom rule taken out of an evaluation, its kind through i18n, its texts escaped")
                .contains("<li>2026-11-30T19:40:05Z <code>x" + ESCAPED + ".drl</code> <code>acme-vendor</code> threw:"
                        + " <span class=\"okr-problem-message\">threw " + ESCAPED + " in its consequence</span></li>");
        assertThat(html).contains("<li>kpi.label = &quot;" + ESCAPED)
                .doesNotContain(HOSTILE).doesNotContain("&amp;amp;").doesNotContain("&amp;lt;").doesNotContain("&amp;quot;");
    }

    @Test
    void projectPageEscapesHostileTextExactlyOnceWhenJiraAutoEscapesToo() {
        String html = PanelFixtures.projectPageHtml(new PanelRenderer(true), PanelFixtures.projectPage("2026-Q2"));

        assertThat(html).contains("<bdi>Grow &lt;b&gt;revenue&lt;/b&gt; " + ESCAPED, "<bdi>GRO-2 says " + ESCAPED + "</bdi>",
                "href=\"/jira/browse/GRO-1\"", "<option value=\"2026-Q2\" selected=\"selected\">2026-Q2</option>");
        assertThat(html).doesNotContain(HOSTILE).doesNotContain("&amp;lt;").doesNotContain("&amp;#39;");
        assertThat(html).isEqualTo(PanelFixtures.projectPageHtml(renderer, PanelFixtures.projectPage("2026-Q2")));
    }

    @Test
    void showsAReadFailureAsAMessage() {
        String html = renderer.render(OBJECTIVE, Map.of("okrErrorHtml", "Jira does not accept this JQL: labels = &lt;b&gt;"));

        assertThat(html).contains("aui-message-error", "could not read this issue", "labels = &lt;b&gt;");
    }

    @Test
    void rendersNothingWhenThereIsNothingToShow() {
        assertThat(renderer.render(KEY_RESULT, Map.of())).isBlank();
    }

    @Test
    void keepsToConstructsThatJirasOlderVelocityUnderstandsToo() {
        for (String template : PanelTemplates.MODELS.keySet()) {
            assertThat(PanelTemplates.text(template)).as(template)
                    .doesNotContain("$velocityCount", "$foreach", "#break", "#{else}", "$!{", "#define");
        }
    }
}
