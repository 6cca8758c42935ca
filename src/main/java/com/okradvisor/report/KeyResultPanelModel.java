package com.okradvisor.report;

import com.okradvisor.advisor.Texts;
import com.okradvisor.model.Finding;
import com.okradvisor.model.KeyResult;
import com.okradvisor.model.Metric;
import com.okradvisor.model.Objective;
import com.okradvisor.progress.KeyResultStanding;
import com.okradvisor.progress.ProgressCalculator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What the key-result panel shows (DESIGN.md §4): its objective, metric and progress, the check-in
 * history (newest first) and its findings. Immutable; issue text is escaped by the {@code …Html} getters.
 */
public final class KeyResultPanelModel {

    private final Objective objective;
    private final Optional<Metric> metric;
    private final double progress;
    private final List<CheckInRow> checkIns;
    private final List<FindingRow> findings;
    private final List<ProblemRow> problems;

    private KeyResultPanelModel(Objective objective, Optional<Metric> metric, double progress, List<CheckInRow> checkIns,
            List<FindingRow> findings, List<ProblemRow> problems) {
        this.objective = objective;
        this.metric = metric;
        this.progress = progress;
        this.checkIns = List.copyOf(checkIns);
        this.findings = List.copyOf(findings);
        this.problems = List.copyOf(problems);
    }

    /**
     * The panel for {@code keyResult} of {@code objective} as of {@code asOf}.
     *
     * @param findings the advisor's findings on the objective's portfolio; only those on this key result are shown
     * @param problems data of this key result that was skipped because it could not be read
     */
    public static KeyResultPanelModel of(Objective objective, KeyResult keyResult, List<Finding> findings,
            List<ProblemRow> problems, ProgressCalculator calculator, LocalDate asOf) {
        KeyResultStanding standing = calculator.standing(keyResult, asOf);
        List<CheckInRow> history = new ArrayList<>(standing.checkIns().stream().map(CheckInRow::new).toList());
        Collections.reverse(history);
        return new KeyResultPanelModel(objective, standing.metric(), standing.progress(), history,
                findings.stream().filter(finding -> finding.issueKey().equals(keyResult.key())).map(FindingRow::new).toList(),
                problems);
    }

    public String getObjectiveKey() {
        return objective.key();
    }

    public String getObjectiveSummaryHtml() {
        return Html.escape(objective.issue().summary());
    }

    public int getProgressPercent() {
        return PanelNumbers.percent(progress);
    }

    /** The metric's baseline with its unit, e.g. {@code 30%}; empty when unknown. */
    public String getBaselineHtml() {
        return amount(metric.flatMap(m -> boxed(m.baseline())));
    }

    /** The metric's target with its unit; empty when unknown. */
    public String getTargetHtml() {
        return amount(metric.flatMap(m -> boxed(m.target())));
    }

    /** The metric's current value with its unit, the newest check-in's when there is one; empty when unknown. */
    public String getCurrentHtml() {
        return amount(metric.flatMap(m -> boxed(m.current())));
    }

    public List<CheckInRow> getCheckIns() {
        return checkIns;
    }

    public List<FindingRow> getFindings() {
        return findings;
    }

    public List<ProblemRow> getProblems() {
        return problems;
    }

    private String amount(Optional<Double> value) {
        return Html.escape(value.map(number -> Texts.amount(number, metric.map(Metric::unit).orElse(""))).orElse(""));
    }

    private static Optional<Double> boxed(OptionalDouble value) {
        return value.isPresent() ? Optional.of(value.getAsDouble()) : Optional.empty();
    }
}
