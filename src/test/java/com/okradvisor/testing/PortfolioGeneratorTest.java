package com.okradvisor.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.okradvisor.advisor.Advisor;
import com.okradvisor.advisor.AdvisorSettings;
import com.okradvisor.advisor.RuleEntry;
import com.okradvisor.model.Finding;
import com.okradvisor.model.KeyResult;
import com.okradvisor.model.Objective;
import com.okradvisor.model.Portfolio;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PortfolioGeneratorTest {

    private static final long SEED = 42;
    private static final int OBJECTIVES = 1_000;
    private static final Portfolio PORTFOLIO = PortfolioGenerator.portfolio(SEED, OBJECTIVES);

    @Test
    void givesTheSamePortfolioForTheSameSeed() {
        Portfolio again = PortfolioGenerator.portfolio(SEED, OBJECTIVES);

        assertThat(again.objectives()).isEqualTo(PORTFOLIO.objectives());
        assertThat(again.kpis()).isEqualTo(PORTFOLIO.kpis());
    }

    @Test
    void givesAnotherPortfolioForAnotherSeed() {
        assertThat(PortfolioGenerator.portfolio(SEED + 1, OBJECTIVES).objectives()).isNotEqualTo(PORTFOLIO.objectives());
    }

    @Test
    void hasFiveKeyResultsPerObjectiveAndOneKpiPerFiveObjectives() {
        List<Objective> objectives = PORTFOLIO.objectives();

        assertThat(objectives.size()).isEqualTo(OBJECTIVES);
        assertThat(keyResults(PORTFOLIO).size()).isBetween(4_750, 5_250);
        assertThat(share(objectives.stream().filter(objective -> objective.keyResults().size() >= 2
                && objective.keyResults().size() <= 6).count(), OBJECTIVES)).isGreaterThan(0.9);
        assertThat(PORTFOLIO.kpis().size()).isEqualTo(OBJECTIVES / PortfolioGenerator.OBJECTIVES_PER_KPI);
        assertThat(share(PORTFOLIO.kpis().stream().filter(kpi -> !kpi.objectiveKeys().isEmpty()).count(),
                PORTFOLIO.kpis().size())).isGreaterThan(0.85);
    }

    @Test
    void givesSomeKeyResultsMetricsAndHalfOfThemCheckInHistories() {
        List<KeyResult> keyResults = keyResults(PORTFOLIO);

        assertThat(share(keyResults.stream().filter(kr -> kr.metric().isPresent()).count(), keyResults.size()))
                .isBetween(0.35, 0.45);
        assertThat(share(keyResults.stream().filter(kr -> !kr.checkIns().isEmpty()).count(), keyResults.size()))
                .isBetween(0.45, 0.65);
    }

    @Test
    void alignsObjectivesInChainsUpToTheCompany() {
        Set<String> parents = PORTFOLIO.objectives().stream()
                .flatMap(objective -> objective.parentKeys().stream()).collect(Collectors.toSet());
        List<Objective> middle = PORTFOLIO.objectives().stream()
                .filter(objective -> parents.contains(objective.key()) && !objective.parentKeys().isEmpty()).toList();

        assertThat(share(PORTFOLIO.objectives().stream().filter(o -> !o.parentKeys().isEmpty()).count(), OBJECTIVES))
                .isBetween(0.6, 0.8);
        assertThat(middle.size()).isPositive();
    }

    @Test
    void holdsDirtyCasesThatFireEveryShippedRule() {
        Advisor advisor = Advisor.load(getClass().getClassLoader());

        List<Finding> findings = advisor.evaluate(PORTFOLIO, AdvisorSettings.DEFAULTS, PortfolioGenerator.AS_OF);

        assertThat(findings.stream().map(Finding::rule).collect(Collectors.toSet()))
                .containsExactlyInAnyOrderElementsOf(advisor.catalogue().entries().stream().map(RuleEntry::key).toList());
    }

    @Test
    void makesAPanelObjectiveWithTheKeyResultsAsked() {
        assertThat(PortfolioGenerator.objective(SEED, 50).keyResults()).hasSize(50);
    }

    private static List<KeyResult> keyResults(Portfolio portfolio) {
        return portfolio.objectives().stream().flatMap(objective -> objective.keyResults().stream()).toList();
    }

    private static double share(long part, long whole) {
        return (double) part / whole;
    }
}
