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
 * of the key result (metric, progress, check-in history newest first), its findings (the
 * {@value MostSevere#PANEL} most severe, and how many more), how many of its objective's key results and
 * KPIs were left out of its judgement, and data that was skipped because it could not be read. Immutable; issue text reaches HTML only through {@code …Html} getters.
 */
public final class KeyResultPanelModel {

    private final Objective objective;
    private final KeyResultView keyResult;
    private final LeftOut leftOut;
    private final List<FindingView> findings;
    private final int findingsNotShown;
    private final List<ProblemRow> problems;

    private KeyResultPanelModel(Objective objective, KeyResultView keyResult, LeftOut leftOut, MostSevere<Finding> findings,
            List<ProblemRow> problems) {
        this.objective = objective;
        this.keyResult = keyResult;
        this.leftOut = leftOut;
        this.findings = findings.shown().stream().map(finding -> new FindingView(finding, Optional.empty())).toList();
        this.findingsNotShown = findings.notShown();
        this.problems = List.copyOf(problems);
    }

    /**
     * The panel for the key result at {@code standing} of {@code objective}, as the advisor judged it.
     *
     * @param leftOut what the objective's view read and judged of its key results and KPIs
     * @param findings the advisor's findings on the objective's portfolio; only those on this key result are shown
     * @param problems data of this key result that was skipped because it could not be read
     */
    public static KeyResultPanelModel of(Objective objective, KeyResultStanding standing, LeftOut leftOut,
            List<Finding> findings, List<ProblemRow> problems) {
        List<Finding> own = findings.stream().filter(finding -> finding.issueKey().equals(standing.key())).toList();
        return new KeyResultPanelModel(objective, new KeyResultView(standing), leftOut, MostSevere.of(own, MostSevere.PANEL),
                problems);
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

    /** The {@value MostSevere#PANEL} most severe findings on the key result, most severe first. */
    public List<FindingView> getFindings() {
        return findings;
    }

    /** Findings on the key result beyond those listed: counted, not listed. */
    public int getFindingsNotShown() {
        return findingsNotShown;
    }

    /** Key results of its objective, beyond the most one view reads, that it was not judged beside. */
    public int getKeyResultsNotRead() {
        return leftOut.keyResultsNotRead();
    }

    /** Issues linked to its objective, beyond the most one view reads, not checked as KPIs. */
    public int getKpisNotRead() {
        return leftOut.kpisNotRead();
    }

    public List<ProblemRow> getProblems() {
        return problems;
    }
}
