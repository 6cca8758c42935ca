package com.okradvisor.report;

import com.okradvisor.model.Finding;
import com.okradvisor.model.Kpi;
import com.okradvisor.model.Objective;
import com.okradvisor.progress.ObjectiveProgress;
import com.okradvisor.progress.ProgressCalculator;
import java.time.LocalDate;
import java.util.List;

/**
 * What the objective panel shows (DESIGN.md §4): progress and health, cycle and expected progress,
 * each key result, the linked KPIs, and the findings with their remedies. Immutable; text that came
 * from issues is escaped by the {@code …Html} getters.
 */
public final class ObjectivePanelModel {

    private final ObjectiveProgress progress;
    private final List<KeyResultRow> keyResults;
    private final int hiddenKeyResults;
    private final List<KpiRow> kpis;
    private final List<FindingRow> findings;
    private final List<ProblemRow> problems;

    private ObjectivePanelModel(ObjectiveProgress progress, List<KeyResultRow> keyResults, int hiddenKeyResults,
            List<KpiRow> kpis, List<FindingRow> findings, List<ProblemRow> problems) {
        this.progress = progress;
        this.keyResults = List.copyOf(keyResults);
        this.hiddenKeyResults = hiddenKeyResults;
        this.kpis = List.copyOf(kpis);
        this.findings = List.copyOf(findings);
        this.problems = List.copyOf(problems);
    }

    /**
     * The panel for {@code objective} as of {@code asOf}.
     *
     * @param hiddenKeyResults key results the viewer may not browse: counted, never named
     * @param findings the advisor's findings on the objective, its key results and its KPIs
     * @param problems data that was skipped because it could not be read
     */
    public static ObjectivePanelModel of(Objective objective, List<Kpi> kpis, int hiddenKeyResults, List<Finding> findings,
            List<ProblemRow> problems, ProgressCalculator calculator, LocalDate asOf) {
        ObjectiveProgress progress = calculator.assess(objective, asOf);
        List<KeyResultRow> rows = progress.keyResults().stream().map(KeyResultRow::new).toList();
        return new ObjectivePanelModel(progress, rows, hiddenKeyResults, kpis.stream().map(KpiRow::new).toList(),
                findings.stream().map(FindingRow::new).toList(), problems);
    }

    public int getProgressPercent() {
        return PanelNumbers.percent(progress.progress());
    }

    public int getExpectedPercent() {
        return PanelNumbers.percent(progress.expected());
    }

    /** The health's key for i18n, e.g. {@code at-risk}. */
    public String getHealth() {
        return progress.health().key();
    }

    /** The AUI lozenge modifier for the health. */
    public String getHealthLozenge() {
        return switch (progress.health()) {
            case DONE -> "aui-lozenge-complete";
            case NOT_STARTED -> "aui-lozenge-subtle";
            case ON_TRACK -> "aui-lozenge-success";
            case AT_RISK -> "aui-lozenge-moved";
            case OFF_TRACK -> "aui-lozenge-error";
        };
    }

    public String getCycle() {
        return progress.cycle().label();
    }

    /** The end-of-cycle score on the 0.0–1.0 scale, e.g. {@code 0.7}; empty until the cycle is over or the objective done. */
    public String getScore() {
        return progress.score().isPresent() ? String.valueOf(progress.score().getAsDouble()) : "";
    }

    public List<KeyResultRow> getKeyResults() {
        return keyResults;
    }

    public int getHiddenKeyResults() {
        return hiddenKeyResults;
    }

    public List<KpiRow> getKpis() {
        return kpis;
    }

    public List<FindingRow> getFindings() {
        return findings;
    }

    public List<ProblemRow> getProblems() {
        return problems;
    }
}
