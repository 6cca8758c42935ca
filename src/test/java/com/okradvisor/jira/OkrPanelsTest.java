package com.okradvisor.jira;

import static com.okradvisor.jira.FakeJira.issue;
import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.jira.issue.Issue;
import com.okradvisor.advisor.AdvisorSettings;
import com.okradvisor.advisor.Parameter;
import com.okradvisor.jira.view.KeyResultPanelModel;
import com.okradvisor.jira.view.MostSevere;
import com.okradvisor.jira.view.ObjectivePanelModel;
import com.okradvisor.jira.view.ProblemRow;
import com.okradvisor.model.Finding;
import com.okradvisor.model.Mapping;
import com.okradvisor.model.Severity;
import com.okradvisor.settings.OkrSettings;
import com.okradvisor.testing.CustomRules;
import com.okradvisor.view.FindingView;
import com.okradvisor.view.KpiView;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** From Jira's services through the rules to the panels' view models. */
class OkrPanelsTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 5, 15);
    private static InMemoryPluginSettings pluginSettings;
    private static OkrSettingsStore store;
    private static AdvisorInForce rules;

    private final FakeJira jira;
    private final Issue objective = issue(1, "GRO-1", "Win the mid-market");
    private final Issue signUps = issue(11, "GRO-11", "Raise weekly sign-ups from 30 to 45");
    private final Issue onboarding = issue(12, "GRO-12", "Run onboarding workshops");

    OkrPanelsTest() throws Exception {
        jira = new FakeJira();
        jira.keyResults(objective, List.of(signUps, onboarding)).objective(objective);
        jira.properties.put(12, "okr.checkins", "{\"date\":\"2026-05-01\"}");
    }

    @BeforeAll
    static void compileTheRulesOnce() {
        pluginSettings = new InMemoryPluginSettings();
        store = new OkrSettingsStore(pluginSettings, new InMemoryClusterLocks());
        rules = new AdvisorInForce(store);
    }

    @AfterEach
    void closeJira() {
        jira.close();
    }

    @Test
    void buildsTheObjectivePanelWithTheRulesFindingsAndTheSkippedData() {
        ObjectivePanelModel panel = panels().objectivePanel(objective, jira.user, AS_OF);

        assertThat(panel.getObjective().getKeyResults()).hasSize(2);
        assertThat(panel.getFindings()).extracting(FindingView::getIssueKey).contains("GRO-12");
        assertThat(panel.getProblems()).extracting(ProblemRow::getIssueKey).containsExactly("GRO-12");
    }

    @Test
    void showsAtMostTheBoundOfKeyResultsOnTheObjectivePanelAndSaysHowManyMore() {
        Issue large = issue(2, "GRO-2", "Delight new customers");
        jira.keyResults(large, manyKeyResults(OkrReader.KEY_RESULTS_READ + 20)).objective(large).staleKpis(large, 5000, 60);

        ObjectivePanelModel panel = panels().objectivePanel(large, jira.user, AS_OF);

        assertThat(panel.getObjective().getKeyResults()).hasSize(OkrReader.KEY_RESULTS_READ);
        assertThat(panel.getKeyResultsNotRead()).isEqualTo(20);
        assertThat(panel.getHiddenKeyResults()).isZero();
        assertThat(panel.getFindings()).hasSize(MostSevere.PANEL)
                .extracting(FindingView::getSeverity).isSortedAccordingTo(Comparator.comparing(Severity::valueOf));
        assertThat(panel.getFindingsNotShown()).isPositive();
    }

    /**
     * A view reads a bounded number of key results, but counts the rest: whatever "Most key results" an
     * administrator sets, an epic with more is found to have too many, and the finding gives its number.
     */
    @Test
    void findsTooManyKeyResultsOnAnEpicLargerThanTheBoundWhateverTheThreshold() {
        Issue large = issue(2, "GRO-2", "Delight new customers");
        Parameter maxKeyResults = Parameter.fromKey("maxKeyResults").orElseThrow();
        int keyResults = (int) maxKeyResults.max() + 1;
        jira.keyResults(large, manyKeyResults(keyResults)).objective(large);
        OkrSettings highest = new OkrSettings(Mapping.DEFAULTS, AdvisorSettings.DEFAULTS.with(maxKeyResults, maxKeyResults.max()));
        OkrAssessments assessments = new OkrAssessments(jira.reader(), jira.portfolioReader(), store, rules,
                new PortfolioCache(new InMemoryPluginSettings()));

        List<Finding> findings = assessments.objective(large, jira.user, highest, AS_OF).findings();

        assertThat(keyResults).isGreaterThan(OkrReader.KEY_RESULTS_READ);
        assertThat(findings).filteredOn(finding -> finding.rule().equals("too-many-key-results")).singleElement()
                .satisfies(finding -> assertThat(finding.message()).contains("GRO-2 has " + keyResults + " key results"));
    }

    @Test
    void showsTheKeyResultPanelOfAKeyResultBeyondTheBound() {
        Issue large = issue(2, "GRO-2", "Delight new customers");
        List<Issue> keyResults = manyKeyResults(OkrReader.KEY_RESULTS_READ + 20);
        jira.keyResults(large, keyResults).objective(large);

        KeyResultPanelModel panel = panels().keyResultPanel(keyResults.get(keyResults.size() - 1), jira.user, AS_OF)
                .orElseThrow();

        assertThat(panel.getObjectiveKey()).isEqualTo("GRO-2");
        assertThat(panel.getKeyResult().getKey()).isEqualTo(keyResults.get(keyResults.size() - 1).getKey());
        assertThat(panel.getKeyResultsNotRead()).as("read: the first %d and this one", OkrReader.KEY_RESULTS_READ).isEqualTo(19);
    }

    @Test
    void buildsTheKeyResultPanelWithOnlyItsOwnFindingsAndProblems() {
        KeyResultPanelModel panel = panels().keyResultPanel(onboarding, jira.user, AS_OF).orElseThrow();

        assertThat(panel.getObjectiveKey()).isEqualTo("GRO-1");
        assertThat(panel.getFindings()).extracting(FindingView::getIssueKey).containsOnly("GRO-12");
        assertThat(panel.getProblems()).extracting(ProblemRow::getIssueKey).containsExactly("GRO-12");
        assertThat(panels().keyResultPanel(signUps, jira.user, AS_OF).orElseThrow().getProblems()).isEmpty();
    }

    @Test
    void tellsObjectivesFromKeyResults() {
        assertThat(panels().isObjective(objective, jira.user)).isTrue();
        assertThat(panels().isKeyResult(objective, jira.user)).isFalse();
        assertThat(panels().isKeyResult(signUps, jira.user)).isTrue();
    }

    @Test
    void reportsNoMisalignedKpiOnADoneObjectivesPanelWhenAnActiveObjectiveSupportsIt() {
        Issue shipped = FakeJira.done(issue(3, "GRO-3", "Launch the partner portal"), LocalDate.of(2026, 5, 2));
        Issue churn = issue(90, "GRO-90", "Monthly churn");
        jira.keyResults(shipped, List.of()).kpis(shipped, churn).link(churn, "Relates", shipped).link(churn, "Relates", objective);

        ObjectivePanelModel panel = panels().objectivePanel(shipped, jira.user, AS_OF);

        assertThat(panel.getObjective().getKpis()).extracting(KpiView::getKey).containsExactly("GRO-90");
        assertThat(panel.getFindings()).extracting(FindingView::getRule).doesNotContain("kpi-misaligned");
    }

    @Test
    void showsALoopThroughTheObjectiveAndAnInactiveParentOnItsPanel() {
        Issue growth = issue(2, "GRO-2", "Grow the partner channel");
        Issue lastYear = FakeJira.done(issue(5, "CO-1", "Be profitable"), LocalDate.of(2026, 1, 30));
        jira.keyResults(growth, List.of()).objective(lastYear)
                .link(objective, "Relates", growth).link(growth, "Relates", objective).link(objective, "Relates", lastYear);

        ObjectivePanelModel panel = panels().objectivePanel(objective, jira.user, AS_OF);

        assertThat(panel.getFindings()).extracting(FindingView::getRule)
                .contains("alignment-cycle", "alignment-to-inactive-objective");
        assertThat(panel.getFindings()).extracting(FindingView::getIssueKey).containsOnly("GRO-1", "GRO-11", "GRO-12");
    }

    @Test
    void readsTheStoredSettingsOncePerPanelAndPassesThemAlong() {
        store.save(OkrSettings.DEFAULTS);
        pluginSettings.read.clear();

        panels().objectivePanel(objective, jira.user, AS_OF);

        assertThat(pluginSettings.read).as("the settings, then the custom rule files the rules in force compiled from")
                .containsExactly(OkrSettingsStore.SETTINGS, OkrSettingsStore.CUSTOM_RULE_FILES);
    }

    @Test
    void showsTheShippedFindingsWhenACustomRuleThrowsAndRecordsItOnceForTheAdminPage() {
        store.save(OkrSettings.DEFAULTS, stored -> Optional.of(Map.of("throws.drl", CustomRules.throwingOn("GRO-12"))));
        try {
            ObjectivePanelModel panel = panels().objectivePanel(objective, jira.user, AS_OF);
            KeyResultPanelModel keyResultPanel = panels().keyResultPanel(onboarding, jira.user, AS_OF).orElseThrow();

            assertThat(panel.getFindings()).extracting(FindingView::getRule)
                    .contains("kr-is-activity").doesNotContain(CustomRules.THROWING_KEY);
            assertThat(keyResultPanel.getFindings()).extracting(FindingView::getIssueKey).contains("GRO-12");
            assertThat(store.loadRuleIncidents()).singleElement().satisfies(entry -> {
                assertThat(entry.incident().ruleKey()).isEqualTo(CustomRules.THROWING_KEY);
                assertThat(entry.incident().file()).isEqualTo("throws.drl");
                assertThat(entry.incident().detail()).isEqualTo("threw java.lang.StringIndexOutOfBoundsException in its consequence");
            });
        } finally {
            store.save(OkrSettings.DEFAULTS, stored -> Optional.of(Map.of()));
        }
        assertThat(store.loadRuleIncidents()).as("a file removed takes its incidents with it").isEmpty();
    }

    private static List<Issue> manyKeyResults(int count) {
        return LongStream.range(1000, 1000 + count)
                .<Issue>mapToObj(n -> issue(n, "GRO-" + n, "Cut onboarding time in step " + n)).toList();
    }

    private OkrPanels panels() {
        return new OkrPanels(new OkrAssessments(jira.reader(), jira.portfolioReader(), store, rules,
                new PortfolioCache(new InMemoryPluginSettings())));
    }
}
