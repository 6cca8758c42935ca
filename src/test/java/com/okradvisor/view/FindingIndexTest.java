package com.okradvisor.view;

import static com.okradvisor.testing.Okr.AS_OF;
import static com.okradvisor.testing.Okr.keyResultAt;
import static com.okradvisor.testing.Okr.kpi;
import static com.okradvisor.testing.Okr.objective;
import static com.okradvisor.testing.Okr.portfolio;
import static org.assertj.core.api.Assertions.assertThat;

import com.okradvisor.advisor.Advisor;
import com.okradvisor.advisor.AdvisorSettings;
import com.okradvisor.advisor.Assessment;
import com.okradvisor.model.Finding;
import com.okradvisor.model.Portfolio;
import com.okradvisor.model.Severity;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The coach's findings: filtered, grouped, in a stable order, paged, counted per severity. */
class FindingIndexTest {

    private static final Advisor ADVISOR = Advisor.load(FindingIndexTest.class.getClassLoader());
    private static final Portfolio PORTFOLIO = portfolio(
            List.of(objective("GRO-1").summary("Grow <b>revenue</b>").keyResults(keyResultAt("GRO-2", 40).owner("Ben Okafor")),
                    objective("MOB-1").summary("Delight mobile users").keyResults(keyResultAt("MOB-2", 40))),
            List.of(kpi("KPI-1").supports("GRO-1")));
    private static final Assessment JUDGED = new Assessment(List.of(
            finding("kr-unmeasurable", Severity.MAJOR, "GRO-2"),
            finding("objective-behind", Severity.CRITICAL, "GRO-1"),
            finding("kr-unmeasurable", Severity.MAJOR, "MOB-2"),
            finding("kpi-stale", Severity.MINOR, "KPI-1"),
            finding("objective-behind", Severity.CRITICAL, "MOB-1")),
            ADVISOR.assess(PORTFOLIO, AdvisorSettings.DEFAULTS, AS_OF).standings(), List.of());
    private static final FindingIndex INDEX = FindingIndex.of(PORTFOLIO, JUDGED, ADVISOR.catalogue());

    @Test
    void listsEveryFindingMostSevereFirstWithItsProjectOwnerObjectiveAndCycle() {
        FindingPage page = INDEX.page(FindingFilter.ALL);

        assertThat(page.getRows()).extracting(row -> row.getFinding().getIssueKey())
                .containsExactly("GRO-1", "MOB-1", "GRO-2", "MOB-2", "KPI-1");
        FindingRow keyResult = page.getRows().get(2);
        assertThat(keyResult.getProject()).isEqualTo("GRO");
        assertThat(keyResult.getOwner()).isEqualTo("Ben Okafor");
        assertThat(keyResult.getObjectiveKey()).isEqualTo("GRO-1");
        assertThat(keyResult.getObjectiveTitleHtml()).isEqualTo("Grow &lt;b&gt;revenue&lt;/b&gt;");
        assertThat(keyResult.getCycle()).isEqualTo("2026-Q2");
        assertThat(page.getRows().get(4).getObjectiveKey()).isEmpty();
        assertThat(page.getRows().get(4).getCycle()).isEmpty();
        assertThat(page.getSeverityCounts()).extracting(SeverityCount::getCount).containsExactly(2, 2, 1, 0);
        assertThat(page.getTotal()).isEqualTo(5);
    }

    @Test
    void filtersByProjectRuleSeverityCycleAndOwnerAnyValueMatching() {
        assertThat(keys(filter(Map.of("project", List.of("MOB"))))).containsExactly("MOB-1", "MOB-2");
        assertThat(keys(filter(Map.of("rule", List.of("kr-unmeasurable", "kpi-stale"))))).containsExactly("GRO-2", "MOB-2", "KPI-1");
        assertThat(keys(filter(Map.of("severity", List.of("critical"))))).containsExactly("GRO-1", "MOB-1");
        assertThat(keys(filter(Map.of("cycle", List.of("2026-Q2"))))).containsExactly("GRO-1", "MOB-1", "GRO-2", "MOB-2");
        assertThat(keys(filter(Map.of("owner", List.of("Ben Okafor"))))).containsExactly("GRO-2");
        FindingPage critical = INDEX.page(filter(Map.of("severity", List.of("CRITICAL"))));
        assertThat(critical.getSeverityCounts()).extracting(SeverityCount::getCount).containsExactly(2, 0, 0, 0);
    }

    @Test
    void groupsByRuleOrByObjectiveWithFindingsOutsideAnyObjectiveLast() {
        FindingPage byRule = INDEX.page(filter(Map.of("group", List.of("rule"))));
        assertThat(byRule.getGroups()).extracting(FindingGroup::getKey).containsExactly("kpi-stale", "kr-unmeasurable", "objective-behind");
        assertThat(byRule.getGroups().get(1).getRows()).extracting(row -> row.getFinding().getIssueKey()).containsExactly("GRO-2", "MOB-2");

        FindingPage byObjective = INDEX.page(filter(Map.of("group", List.of("objective"))));
        assertThat(byObjective.getGroups()).extracting(FindingGroup::getKey).containsExactly("GRO-1", "MOB-1", "");
        assertThat(byObjective.getGroups().get(0).getTitleHtml()).isEqualTo("Grow &lt;b&gt;revenue&lt;/b&gt;");
        assertThat(byObjective.getGroups().get(0).getRows()).extracting(row -> row.getFinding().getIssueKey())
                .containsExactly("GRO-1", "GRO-2");
    }

    @Test
    void pagesInAStableOrderCountingEveryPageAlikeAndStoppingAtTheLast() {
        FindingFilter twoPerPage = filter(Map.of("pageSize", List.of("2"), "group", List.of("objective")));

        List<String> all = List.of(1, 2, 3).stream()
                .flatMap(n -> INDEX.page(twoPerPage.onPage(n)).getRows().stream().map(row -> row.getFinding().getIssueKey()))
                .toList();
        FindingPage last = INDEX.page(twoPerPage.onPage(99));

        assertThat(all).containsExactly("GRO-1", "GRO-2", "MOB-1", "MOB-2", "KPI-1");
        assertThat(last.getPage()).isEqualTo(3);
        assertThat(last.getPageCount()).isEqualTo(3);
        assertThat(last.getTotal()).isEqualTo(5);
        assertThat(last.isLastPage()).isTrue();
        assertThat(last.getPreviousQuery()).isEqualTo("group=objective&pageSize=2&page=2");
    }

    @Test
    void offersTheValuesEachFilterCanTake() {
        assertThat(INDEX.projects()).containsExactly("GRO", "KPI", "MOB");
        assertThat(INDEX.cycles()).containsExactly("2026-Q2");
        assertThat(INDEX.owners()).containsExactly("Ana Silva", "Ben Okafor");
        assertThat(INDEX.rules()).containsExactly("kpi-stale", "kr-unmeasurable", "objective-behind");
        assertThat(INDEX.selected(filter(Map.of("severity", List.of("MAJOR"))))).hasSize(2);
    }

    private static FindingFilter filter(Map<String, List<String>> parameters) {
        return FindingFilter.parse(parameters, Set.of());
    }

    private static List<String> keys(FindingFilter filter) {
        return INDEX.page(filter).getRows().stream().map(row -> row.getFinding().getIssueKey()).toList();
    }

    private static Finding finding(String rule, Severity severity, String issueKey) {
        return new Finding(rule, severity, issueKey, "About " + issueKey, "Fix " + issueKey);
    }
}
