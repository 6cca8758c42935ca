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

/**
 * The report of a coach's selection: exactly the findings selected, on the objectives and KPIs they
 * are about, each card whole; an objective or KPI without a selected finding is left out.
 */
class PortfolioViewSelectionTest {

    private static final Advisor ADVISOR = Advisor.load(PortfolioViewSelectionTest.class.getClassLoader());
    private static final Portfolio PORTFOLIO = portfolio(
            List.of(objective("GRO-1").keyResults(keyResultAt("GRO-2", 40), keyResultAt("GRO-3", 60)),
                    objective("GRO-4").keyResults(keyResultAt("GRO-5", 40)),
                    objective("MOB-1").keyResults(keyResultAt("MOB-2", 40))),
            List.of(kpi("KPI-1").supports("GRO-1"), kpi("KPI-2").supports("MOB-1")));
    private static final Assessment JUDGED = new Assessment(List.of(
            finding("kr-unmeasurable", Severity.MAJOR, "GRO-2"),
            finding("objective-behind", Severity.CRITICAL, "GRO-1"),
            finding("kr-vague", Severity.MINOR, "GRO-5"),
            finding("kr-unmeasurable", Severity.MAJOR, "MOB-2"),
            finding("kpi-stale", Severity.MINOR, "KPI-1"),
            finding("kpi-stale", Severity.MINOR, "KPI-2")),
            ADVISOR.assess(PORTFOLIO, AdvisorSettings.DEFAULTS, AS_OF).standings(), List.of());
    private static final FindingIndex INDEX = FindingIndex.of(PORTFOLIO, JUDGED, ADVISOR.catalogue());

    @Test
    void holdsOnlyTheSelectedFindingsOnTheObjectivesAndKpisTheyAreAbout() {
        PortfolioView report = selection(Map.of("project", List.of("GRO"), "severity", List.of("MAJOR", "CRITICAL")));

        assertThat(report.getFindings()).extracting(FindingView::getIssueKey).containsExactly("GRO-1", "GRO-2");
        assertThat(report.getObjectives()).extracting(ObjectiveView::getKey).containsExactly("GRO-1");
        ObjectiveView card = report.getObjectives().get(0);
        assertThat(card.getKeyResults()).extracting(KeyResultView::getKey).containsExactly("GRO-2", "GRO-3");
        assertThat(card.getKpis()).extracting(KpiView::getKey).containsExactly("KPI-1");
        assertThat(card.getFindings()).extracting(FindingView::getRule).containsExactly("objective-behind", "kr-unmeasurable");
        assertThat(report.getKpis()).isEmpty();
        assertThat(report.getHasKpis()).isFalse();
        assertThat(report.getObjectiveCount()).isEqualTo(1);
        assertThat(report.getKeyResultCount()).isEqualTo(2);
        assertThat(report.getSeverityCounts()).extracting(SeverityCount::getCount).containsExactly(1, 1, 0, 0);
        assertThat(report.getAsOf()).isEqualTo(AS_OF.toString());
    }

    @Test
    void showsAKpiOnlyWithASelectedFindingOnIt() {
        PortfolioView report = selection(Map.of("rule", List.of("kpi-stale"), "project", List.of("KPI")));

        assertThat(report.getObjectives()).isEmpty();
        assertThat(report.getKpis()).extracting(KpiView::getKey).containsExactly("KPI-1", "KPI-2");
        assertThat(report.getKpis()).allSatisfy(kpi -> assertThat(kpi.getFindings()).hasSize(1));
        assertThat(report.getKpiCount()).isEqualTo(2);
    }

    @Test
    void isTheWholeReportOfEveryObjectiveWithAFindingWhenNothingIsFiltered() {
        PortfolioView all = PortfolioView.of(PORTFOLIO, JUDGED, ADVISOR.catalogue(), AS_OF);
        PortfolioView report = selection(Map.of());

        assertThat(report.getFindings()).extracting(FindingView::finding)
                .containsExactlyElementsOf(all.getFindings().stream().map(FindingView::finding).toList());
        assertThat(report.getObjectives()).extracting(ObjectiveView::getKey).containsExactly("GRO-1", "GRO-4", "MOB-1");
        assertThat(report.getHasOtherFindings()).isFalse();
    }

    private static PortfolioView selection(Map<String, List<String>> parameters) {
        List<Finding> selected = INDEX.selected(FindingFilter.parse(parameters, Set.of())).stream()
                .map(row -> row.getFinding().finding()).toList();
        return PortfolioView.selection(PORTFOLIO, JUDGED, selected, ADVISOR.catalogue(), AS_OF);
    }

    private static Finding finding(String rule, Severity severity, String issueKey) {
        return new Finding(rule, severity, issueKey, issueKey + " breaks " + rule, "Fix " + issueKey + ".");
    }
}
