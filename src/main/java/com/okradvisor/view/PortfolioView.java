package com.okradvisor.view;

import com.okradvisor.advisor.Assessment;
import com.okradvisor.advisor.RuleCatalogue;
import com.okradvisor.model.Finding;
import com.okradvisor.model.IssueKeys;
import com.okradvisor.model.Kpi;
import com.okradvisor.model.Objective;
import com.okradvisor.model.Portfolio;
import com.okradvisor.model.Severity;
import com.okradvisor.progress.KeyResultStanding;
import com.okradvisor.progress.ObjectiveProgress;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a report shows, worked out once: every objective's card, the KPIs, the findings grouped
 * by where they belong, and the count per severity. Immutable; templates read it through getters.
 */
public final class PortfolioView {

    private final String asOf;
    private final List<ObjectiveView> objectives;
    private final List<KpiView> kpis;
    private final List<FindingView> findings;
    private final List<FindingView> otherFindings;
    private final List<SeverityCount> severityCounts;
    private final boolean hasBaseline;

    private PortfolioView(String asOf, List<ObjectiveView> objectives, List<KpiView> kpis, List<FindingView> findings,
            List<FindingView> otherFindings, List<SeverityCount> severityCounts, boolean hasBaseline) {
        this.asOf = asOf;
        this.objectives = List.copyOf(objectives);
        this.kpis = List.copyOf(kpis);
        this.findings = List.copyOf(findings);
        this.otherFindings = List.copyOf(otherFindings);
        this.severityCounts = List.copyOf(severityCounts);
        this.hasBaseline = hasBaseline;
    }

    /**
     * The view of {@code portfolio} judged as of {@code asOf}: objectives in issue-key order, each
     * with the findings on it and its key results; KPIs with theirs; the rest in {@link #getOtherFindings()}.
     */
    public static PortfolioView of(Portfolio portfolio, Assessment assessment, RuleCatalogue catalogue, LocalDate asOf) {
        return of(portfolio, assessment, catalogue, asOf, Baseline.NONE);
    }

    /** The view of {@code portfolio} as {@link #of(Portfolio, Assessment, RuleCatalogue, LocalDate)}, each finding marked new or old against {@code baseline}. */
    public static PortfolioView of(Portfolio portfolio, Assessment assessment, RuleCatalogue catalogue, LocalDate asOf,
            Baseline baseline) {
        return view(portfolio, assessment, assessment.findings(), false, catalogue, asOf, baseline);
    }

    /**
     * The report of {@code selected}, findings of {@code assessment} (a judgement of {@code portfolio}) that
     * a coach's filter picked: only the objectives that carry one of them, on the objective or on one of
     * its key results, and only the KPIs that carry one, each card with all its key results and linked
     * KPIs but only the selected findings; an objective or KPI without a selected finding is left out, so
     * the report is exactly the selection, with the OKRs it is about. Counts are of the selection.
     */
    public static PortfolioView selection(Portfolio portfolio, Assessment assessment, Collection<Finding> selected,
            RuleCatalogue catalogue, LocalDate asOf) {
        return view(portfolio, assessment, selected, true, catalogue, asOf, Baseline.NONE);
    }

    private static PortfolioView view(Portfolio portfolio, Assessment assessment, Collection<Finding> findings,
            boolean onlyWithFindings, RuleCatalogue catalogue, LocalDate asOf, Baseline baseline) {
        Map<String, String> owningObjective = new HashMap<>();
        for (Objective objective : portfolio.objectives()) {
            owningObjective.put(objective.key(), objective.key());
            objective.keyResults().forEach(keyResult -> owningObjective.put(keyResult.key(), objective.key()));
        }
        Map<String, List<FindingView>> byObjective = new HashMap<>();
        Map<String, List<FindingView>> byKpi = new HashMap<>();
        List<FindingView> all = new ArrayList<>();
        List<FindingView> other = new ArrayList<>();
        Map<String, Kpi> kpisByKey = new HashMap<>();
        portfolio.kpis().forEach(kpi -> kpisByKey.put(kpi.key(), kpi));
        for (Finding finding : findings.stream().sorted(Finding.ORDER).toList()) {
            FindingView view = new FindingView(finding, catalogue.entry(finding.rule()), baseline.isNew(finding));
            all.add(view);
            String objectiveKey = owningObjective.get(finding.issueKey());
            if (objectiveKey != null) {
                byObjective.computeIfAbsent(objectiveKey, key -> new ArrayList<>()).add(view);
            } else if (kpisByKey.containsKey(finding.issueKey())) {
                byKpi.computeIfAbsent(finding.issueKey(), key -> new ArrayList<>()).add(view);
            } else {
                other.add(view);
            }
        }
        List<KpiView> kpiViews = portfolio.kpis().stream()
                .sorted(Comparator.comparing(Kpi::key, IssueKeys.ORDER))
                .map(kpi -> new KpiView(kpi, byKpi.getOrDefault(kpi.key(), List.of())))
                .toList();
        Map<String, List<KpiView>> kpisByObjective = new HashMap<>();
        for (KpiView kpi : kpiViews) {
            kpi.getObjectiveKeys().stream().distinct()
                    .forEach(key -> kpisByObjective.computeIfAbsent(key, k -> new ArrayList<>()).add(kpi));
        }
        List<ObjectiveView> objectiveViews = portfolio.objectives().stream()
                .filter(objective -> !onlyWithFindings || byObjective.containsKey(objective.key()))
                .sorted(Comparator.comparing(Objective::key, IssueKeys.ORDER))
                .map(objective -> objectiveView(objective, assessment.standing(objective),
                        kpisByObjective.getOrDefault(objective.key(), List.of()),
                        byObjective.getOrDefault(objective.key(), List.of())))
                .toList();
        List<KpiView> kpisShown = kpiViews.stream()
                .filter(kpi -> !onlyWithFindings || byKpi.containsKey(kpi.getKey()))
                .toList();
        return new PortfolioView(asOf.toString(), objectiveViews, kpisShown, all, other, SeverityCount.of(findings),
                baseline.isGiven());
    }

    /** The card of {@code objective} at {@code standing}: its key results in issue-key order, with the KPIs and findings given. */
    public static ObjectiveView objectiveView(Objective objective, ObjectiveProgress standing, List<KpiView> linkedKpis,
            List<FindingView> findings) {
        List<KeyResultView> keyResults = standing.keyResults().stream()
                .sorted(Comparator.comparing(KeyResultStanding::key, IssueKeys.ORDER))
                .map(KeyResultView::new)
                .toList();
        return new ObjectiveView(objective, standing, keyResults, linkedKpis, findings);
    }

    /** The as-of date, ISO-8601. */
    public String getAsOf() {
        return asOf;
    }

    public List<ObjectiveView> getObjectives() {
        return objectives;
    }

    public List<KpiView> getKpis() {
        return kpis;
    }

    /** Every finding, most severe first. */
    public List<FindingView> getFindings() {
        return findings;
    }

    /** Findings on issues that are neither an objective, a key result nor a KPI of the report. */
    public List<FindingView> getOtherFindings() {
        return otherFindings;
    }

    /** One count per severity, most severe first, zeros included. */
    public List<SeverityCount> getSeverityCounts() {
        return severityCounts;
    }

    public int getObjectiveCount() {
        return objectives.size();
    }

    public int getKpiCount() {
        return kpis.size();
    }

    public boolean getHasKpis() {
        return !kpis.isEmpty();
    }

    public boolean getHasOtherFindings() {
        return !otherFindings.isEmpty();
    }

    public int getKeyResultCount() {
        return objectives.stream().mapToInt(objective -> objective.getKeyResults().size()).sum();
    }

    /** True when the findings were judged against a baseline, so each is marked new or old. */
    public boolean hasBaseline() {
        return hasBaseline;
    }

    /** How many findings are new: all of them without a baseline. */
    public long getNewFindingCount() {
        return findings.stream().filter(FindingView::isNew).count();
    }

    /** True when some new finding (any finding, without a baseline) is at least as severe as {@code severity}. */
    public boolean hasNewFindingAtLeast(Severity severity) {
        return findings.stream().anyMatch(finding -> finding.isNew() && finding.finding().severity().isAtLeast(severity));
    }
}
