package com.okradvisor.view;

import com.okradvisor.advisor.Assessment;
import com.okradvisor.advisor.RuleCatalogue;
import com.okradvisor.model.Finding;
import com.okradvisor.model.IssueKeys;
import com.okradvisor.model.Kpi;
import com.okradvisor.model.Objective;
import com.okradvisor.model.Portfolio;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A project's objectives for one cycle, as its OKR page and {@code GET /projects/{key}/objectives}
 * show them: each objective's card with its findings counted per severity, the alignment around it
 * (its parents, in any project, and its children, those the viewer may not browse counted, never
 * named), the cycles the project has objectives in, and how many of the project's objectives the viewer
 * may not browse, counted, never named.
 */
public final class ProjectView {

    private final String project;
    private final String cycle;
    private final List<String> cycles;
    private final List<ProjectObjective> objectives;
    private final long hiddenObjectives;

    private ProjectView(String project, String cycle, List<String> cycles, List<ProjectObjective> objectives,
            long hiddenObjectives) {
        this.project = project;
        this.cycle = cycle;
        this.cycles = List.copyOf(cycles);
        this.objectives = List.copyOf(objectives);
        this.hiddenObjectives = hiddenObjectives;
    }

    /**
     * The objectives of {@code project} in {@code cycle} in {@code portfolio}, a portfolio the viewer may
     * browse whole, as {@code assessment} judged them; {@code hiddenObjectives} counts the project's
     * objectives the viewer may not browse, and {@code hidden} the hidden parents and children of those
     * shown (asked once, for the objectives shown only).
     */
    public static ProjectView of(String project, String cycle, Portfolio portfolio, Assessment assessment,
            RuleCatalogue catalogue, long hiddenObjectives, HiddenAlignment hidden) {
        List<Objective> inProject = portfolio.objectives().stream()
                .filter(objective -> objective.issue().projectKey().equals(project))
                .sorted(Comparator.comparing(Objective::key, IssueKeys.ORDER))
                .toList();
        Set<String> cycles = new TreeSet<>();
        cycles.add(cycle);
        inProject.forEach(objective -> cycles.add(assessment.standing(objective).cycle().label()));
        Map<String, List<Finding>> findingsOn = new HashMap<>();
        assessment.findings().forEach(finding -> findingsOn.computeIfAbsent(finding.issueKey(), key -> new ArrayList<>()).add(finding));
        Map<String, List<Objective>> children = new HashMap<>();
        portfolio.objectives().forEach(child -> child.parentKeys().forEach(parent ->
                children.computeIfAbsent(parent, key -> new ArrayList<>()).add(child)));
        List<Objective> inCycle = inProject.stream()
                .filter(objective -> assessment.standing(objective).cycle().label().equals(cycle)).toList();
        Map<String, HiddenAlignment.Count> hiddenAround = hidden.of(inCycle.stream().map(Objective::key).toList());
        List<ProjectObjective> shown = new ArrayList<>();
        for (Objective objective : inCycle) {
            List<Kpi> kpis = portfolio.kpis().stream().filter(kpi -> kpi.objectiveKeys().contains(objective.key())).toList();
            Set<String> own = new HashSet<>();
            own.add(objective.key());
            objective.keyResults().forEach(keyResult -> own.add(keyResult.key()));
            List<FindingView> findings = Finding.sorted(own.stream()
                    .flatMap(key -> findingsOn.getOrDefault(key, List.of()).stream()).toList()).stream()
                    .map(finding -> new FindingView(finding, catalogue.entry(finding.rule()))).toList();
            ObjectiveView card = PortfolioView.objectiveView(objective, assessment.standing(objective),
                    kpis.stream().map(kpi -> new KpiView(kpi, List.of())).toList(), findings);
            List<AlignedObjective> parents = objective.parentKeys().stream().map(portfolio::objective).flatMap(Optional::stream)
                    .map(ProjectView::aligned).toList();
            List<AlignedObjective> below = children.getOrDefault(objective.key(), List.of()).stream()
                    .sorted(Comparator.comparing(Objective::key, IssueKeys.ORDER)).map(ProjectView::aligned).toList();
            shown.add(new ProjectObjective(card, SeverityCount.of(findings.stream().map(FindingView::finding).toList()), parents, below,
                    hiddenAround.getOrDefault(objective.key(), HiddenAlignment.Count.NONE)));
        }
        return new ProjectView(project, cycle, List.copyOf(cycles), shown, hiddenObjectives);
    }

    private static AlignedObjective aligned(Objective objective) {
        return new AlignedObjective(objective.key(), objective.issue().summary(), objective.issue().projectKey());
    }

    public String getProject() {
        return project;
    }

    /** The cycle shown, e.g. {@code 2026-Q2}. */
    public String getCycle() {
        return cycle;
    }

    /** Every cycle the project's objectives fall in, and the one shown, sorted. */
    public List<String> getCycles() {
        return cycles;
    }

    public List<ProjectObjective> getObjectives() {
        return objectives;
    }

    /** The project's objectives the viewer may not browse, in any cycle: counted, never named. */
    public long getHiddenObjectives() {
        return hiddenObjectives;
    }
}
