package com.okradvisor.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.okradvisor.model.IssueKeys;
import com.okradvisor.model.KeyResult;
import com.okradvisor.model.Kpi;
import com.okradvisor.model.Mapping;
import com.okradvisor.model.Objective;
import com.okradvisor.model.Portfolio;
import com.okradvisor.testing.PortfolioGenerator;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The site the benchmarks read through serves the generated portfolio as Jira would, so that what the
 * readers make of it is that portfolio, and charges each call what its cost model says, counted here,
 * never timed.
 */
class SimulatedJiraTest {

    private static final Portfolio PORTFOLIO = PortfolioGenerator.portfolio(PortfolioGenerator.SEED, 1_000);

    private final SimulatedJira jira = new SimulatedJira(PORTFOLIO, JiraCosts.counted(JiraCosts.DATA_CENTER));

    @Test
    void theBulkReadGivesBackTheGeneratedPortfolio() {
        PortfolioSnapshot read = jira.portfolioReader().read(jira.user, Mapping.DEFAULTS);

        assertThat(read.problems()).isEmpty();
        assertThat(read.objectivesNotRead() + read.keyResultsNotRead() + read.kpisNotRead()).isZero();
        Map<String, Objective> generated = byKey(PORTFOLIO.objectives(), Objective::key);
        assertThat(read.portfolio().objectives()).hasSize(generated.size()).allSatisfy(objective -> {
            Objective expected = generated.get(objective.key());
            assertThat(objective.issue()).isEqualTo(expected.issue());
            assertThat(objective.kind()).isEqualTo(expected.kind());
            assertThat(objective.topLevel()).isEqualTo(expected.topLevel());
            assertThat(objective.parentKeys()).as("parents the user may browse")
                    .containsExactlyInAnyOrderElementsOf(expected.parentKeys().stream().filter(generated::containsKey).toList());
            Map<String, KeyResult> keyResults = byKey(expected.keyResults(), KeyResult::key);
            assertThat(objective.keyResults()).hasSize(keyResults.size()).allSatisfy(keyResult -> {
                KeyResult want = keyResults.get(keyResult.key());
                assertThat(keyResult.issue()).isEqualTo(want.issue());
                assertThat(keyResult.metric()).isEqualTo(want.metric());
                assertThat(keyResult.checkIns()).isEqualTo(want.checkIns());
            });
        });
        Map<String, Kpi> kpis = byKey(PORTFOLIO.kpis(), Kpi::key);
        assertThat(read.portfolio().kpis()).hasSize(kpis.size()).allSatisfy(kpi -> {
            assertThat(kpi.reading()).isEqualTo(kpis.get(kpi.key()).reading());
            assertThat(kpi.objectiveKeys()).containsExactlyInAnyOrderElementsOf(kpis.get(kpi.key()).objectiveKeys());
        });
    }

    @Test
    void anObjectiveReadAloneHasItsKeyResultsAndTheirWork() {
        Objective generated = PORTFOLIO.objectives().stream().filter(objective -> objective.keyResults().size() >= 5)
                .filter(objective -> objective.keyResults().stream().anyMatch(keyResult -> keyResult.work().count() > 0))
                .findFirst().orElseThrow();

        ObjectiveSnapshot read = jira.reader().readObjective(jira.issue(generated.key()), jira.user, Mapping.DEFAULTS);

        assertThat(read.objective().keyResults()).extracting(KeyResult::key)
                .containsExactlyElementsOf(generated.keyResults().stream().map(KeyResult::key).sorted(IssueKeys.ORDER).toList());
        assertThat(read.objective().keyResults()).extracting(KeyResult::work)
                .containsExactlyElementsOf(generated.keyResults().stream().sorted(Comparator.comparing(KeyResult::key, IssueKeys.ORDER))
                        .map(KeyResult::work).toList());
    }

    @Test
    void aSearchPageCostsItsRequestAndEachIssueItReturns() {
        JiraCosts costs = jira.costs();
        costs.forget();

        String everyKeyResult = "(\"Epic Link\" in (" + PORTFOLIO.objectives().stream().map(objective -> Mapping.quoted(objective.key()))
                .collect(Collectors.joining(", ")) + ") AND issuetype not in subTaskIssueTypes()) ORDER BY key";

        JiraSearch.Found found = new JiraSearch(jira.searchService).issues(jira.user, everyKeyResult, 2_250);

        JiraCosts.Model model = JiraCosts.DATA_CENTER;
        assertThat(found.issues()).hasSize(2_250);
        assertThat(costs.calls()).as("a parse and three pages: 1,000, 1,000 and 250").isEqualTo(4);
        assertThat(costs.chargedNanos()).isEqualTo(model.parse() + 3 * model.searchRequest() + 2_250 * model.searchIssue());
    }

    @Test
    void aPropertyQueryAndALinkReadCostWhatTheModelSays() {
        JiraCosts.Model model = JiraCosts.DATA_CENTER_LINKS_UNCACHED;
        SimulatedJira uncached = new SimulatedJira(PORTFOLIO, JiraCosts.counted(model));
        Objective objective = PORTFOLIO.objectives().get(0);
        long id = uncached.issue(objective.key()).getId();

        int links = uncached.issueLinkManager.getOutwardLinks(id).size();
        int properties = uncached.properties.query().entityName(IssueProperties.ISSUE_PROPERTY).keyPrefix("okr.").offset(0)
                .maxResults(IssueProperties.PROPERTY_PAGE).find().size();

        assertThat(links).as("an Epic-Story Link to each key result, and its parents").isGreaterThanOrEqualTo(objective.keyResults().size());
        assertThat(properties).isEqualTo(IssueProperties.PROPERTY_PAGE);
        assertThat(uncached.costs().chargedNanos())
                .isEqualTo(2 * model.databaseQuery() + (links + properties) * model.databaseRow());
    }

    @Test
    void aJqlTheSiteDoesNotServeIsRefusedByName() {
        JiraSearch search = new JiraSearch(jira.searchService);

        assertThatThrownBy(() -> search.issues(jira.user, "assignee = currentUser()", 10))
                .hasMessageContaining("does not answer this JQL: assignee = currentUser()");
    }

    @Test
    void aPagePastTheSearchWindowFails() {
        JiraSearch search = new JiraSearch(jira.searchService);

        assertThatThrownBy(() -> search.issues(jira.user, "(" + Mapping.DEFAULTS.kpiJql() + ") ORDER BY key", JiraSearch.SEARCH_WINDOW + 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> jira.searchService.search(jira.user, jira.searchService.parseQuery(jira.user,
                "(" + Mapping.DEFAULTS.kpiJql() + ") ORDER BY key").getQuery(), new com.atlassian.jira.web.bean.PagerFilter<>(9_900, 200)))
                .hasMessageContaining("Search limit exceeded");
    }

    private static <T> Map<String, T> byKey(List<T> values, Function<T, String> key) {
        return values.stream().collect(Collectors.toMap(key, Function.identity()));
    }
}
