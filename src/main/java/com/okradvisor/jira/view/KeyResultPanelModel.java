package com.okradvisor.jira.view;

import com.okradvisor.model.Finding;
import com.okradvisor.model.Objective;
import com.okradvisor.progress.KeyResultStanding;
import com.okradvisor.view.FindingView;
import com.okradvisor.view.Html;
import com.okradvisor.view.KeyResultView;
import java.util.List;
import java.util.Optional;

/**
 * What the key-result panel shows (docs/design.md, "Surfaces"): its objective, and the report's {@link KeyResultView}
 * of the key result (metric, progress, check-in history newest first), its findings, and data that
 * was skipped because it could not be read. Immutable; issue text reaches HTML only through {@code …Html} getters.
 */
public final class KeyResultPanelModel {

    private final Objective objective;
    private final KeyResultView keyResult;
    private final List<FindingView> findings;
    private final List<ProblemRow> problems;

    private KeyResultPanelModel(Objective objective, KeyResultView keyResult, List<FindingView> findings,
            List<ProblemRow> problems) {
        this.objective = objective;
        this.keyResult = keyResult;
        this.findings = List.copyOf(findings);
        this.problems = List.copyOf(problems);
    }

    /**
     * The panel for the key result at {@code standing} of {@code objective}, as the advisor judged it.
     *
     * @param findings the advisor's findings on the objective's portfolio; only those on this key result are shown
     * @param problems data of this key result that was skipped because it could not be read
     */
    public static KeyResultPanelModel of(Objective objective, KeyResultStanding standing, List<Finding> findings,
            List<ProblemRow> problems) {
        KeyResultView view = new KeyResultView(standing);
        List<FindingView> own = findings.stream().filter(finding -> finding.issueKey().equals(standing.key()))
                .sorted(Finding.ORDER).map(finding -> new FindingView(finding, Optional.empty())).toList();
        return new KeyResultPanelModel(objective, view, own, problems);
    }

    public String getObjectiveKey() {
        return objective.key();
    }

    public String getObjectiveTitleHtml() {
        return Html.escape(objective.issue().summary());
    }

    /** The objective's kind, {@code committed}, {@code aspirational} or {@code unknown}: a fixed word. */
    public String getObjectiveKind() {
        return objective.kind().key();
    }

    /** The key result as the report shows it: progress, metric and check-ins, newest first. */
    public KeyResultView getKeyResult() {
        return keyResult;
    }

    public List<FindingView> getFindings() {
        return findings;
    }

    public List<ProblemRow> getProblems() {
        return problems;
    }
}
