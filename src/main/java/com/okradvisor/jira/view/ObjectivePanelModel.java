package com.okradvisor.jira.view;

import com.okradvisor.model.Finding;
import com.okradvisor.model.IssueKeys;
import com.okradvisor.model.Kpi;
import com.okradvisor.model.Objective;
import com.okradvisor.progress.ObjectiveProgress;
import com.okradvisor.view.FindingView;
import com.okradvisor.view.KpiView;
import com.okradvisor.view.ObjectiveView;
import com.okradvisor.view.PortfolioView;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the objective panel shows (docs/design.md, "Surfaces"): the report's {@link ObjectiveView} of the objective
 * (progress and health, cycle and expected progress, each key result, the linked KPIs), all the
 * findings on it, its key results and its KPIs (the {@value MostSevere#PANEL} most severe, and how many
 * more), plus what only Jira knows: how many key results the
 * viewer may not browse, how many key results and KPIs were found beyond the most one view reads,
 * and data that was skipped because it could not be read. Immutable.
 */
public final class ObjectivePanelModel {

    private final ObjectiveView objective;
    private final LeftOut leftOut;
    private final List<FindingView> findings;
    private final int findingsNotShown;
    private final List<ProblemRow> problems;

    private ObjectivePanelModel(ObjectiveView objective, LeftOut leftOut, MostSevere<FindingView> findings,
            List<ProblemRow> problems) {
        this.objective = objective;
        this.leftOut = leftOut;
        this.findings = findings.shown();
        this.findingsNotShown = findings.notShown();
        this.problems = List.copyOf(problems);
    }

    /**
     * The panel for {@code objective} at {@code standing}, as the advisor judged it.
     *
     * @param leftOut what the panel counts but does not list
     * @param findings the advisor's findings on the objective, its key results and its KPIs
     * @param problems data that was skipped because it could not be read
     */
    public static ObjectivePanelModel of(Objective objective, ObjectiveProgress standing, List<Kpi> kpis, LeftOut leftOut,
            List<Finding> findings, List<ProblemRow> problems) {
        List<FindingView> all = Finding.sorted(findings).stream()
                .map(finding -> new FindingView(finding, Optional.empty())).toList();
        Set<String> kpiKeys = kpis.stream().map(Kpi::key).collect(Collectors.toSet());
        List<KpiView> kpiViews = kpis.stream()
                .sorted(Comparator.comparing(Kpi::key, IssueKeys.ORDER))
                .map(kpi -> new KpiView(kpi, on(all, Set.of(kpi.key()))))
                .toList();
        List<FindingView> onObjective = all.stream().filter(finding -> !kpiKeys.contains(finding.getIssueKey())).toList();
        ObjectiveView view = PortfolioView.objectiveView(objective, standing, kpiViews, onObjective);
        return new ObjectivePanelModel(view, leftOut, MostSevere.first(all, MostSevere.PANEL), problems);
    }

    private static List<FindingView> on(List<FindingView> findings, Set<String> issueKeys) {
        return findings.stream().filter(finding -> issueKeys.contains(finding.getIssueKey())).toList();
    }

    /** The objective as the report shows it: standing, key results the viewer may browse, linked KPIs. */
    public ObjectiveView getObjective() {
        return objective;
    }

    /** Key results the viewer may not browse: counted, never named. */
    public int getHiddenKeyResults() {
        return leftOut.hiddenKeyResults();
    }

    /** Key results the viewer may browse that the panel did not read: neither shown nor judged. */
    public int getKeyResultsNotRead() {
        return leftOut.keyResultsNotRead();
    }

    /** Linked issues the KPI search found that the panel did not read: neither shown nor judged. */
    public int getKpisNotRead() {
        return leftOut.kpisNotRead();
    }

    /** The {@value MostSevere#PANEL} most severe findings on the objective, its key results and its KPIs, most severe first. */
    public List<FindingView> getFindings() {
        return findings;
    }

    /** Findings beyond the {@value MostSevere#PANEL} listed: counted, not listed. */
    public int getFindingsNotShown() {
        return findingsNotShown;
    }

    public List<ProblemRow> getProblems() {
        return problems;
    }
}
