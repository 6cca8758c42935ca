package com.okradvisor.view;

import com.okradvisor.model.Objective;
import com.okradvisor.progress.ObjectiveProgress;
import com.okradvisor.text.Message;
import com.okradvisor.text.Numbers;
import java.util.List;
import java.util.Locale;

/**
 * An objective's card in the report and the heart of the Jira objective panel: standing, key
 * results, linked KPIs and the findings on it and its key results. Issue text goes into HTML only
 * through the {@code …Html} getters; the plain ones serve the text and JSON reports.
 */
public final class ObjectiveView {

    private final Objective objective;
    private final ObjectiveProgress standing;
    private final List<KeyResultView> keyResults;
    private final List<KpiView> kpis;
    private final List<FindingView> findings;

    ObjectiveView(Objective objective, ObjectiveProgress standing, List<KeyResultView> keyResults, List<KpiView> kpis,
            List<FindingView> findings) {
        this.objective = objective;
        this.standing = standing;
        this.keyResults = List.copyOf(keyResults);
        this.kpis = List.copyOf(kpis);
        this.findings = List.copyOf(findings);
    }

    public String getKey() {
        return objective.key();
    }

    public String getTitle() {
        return objective.issue().summary();
    }

    public String getTitleHtml() {
        return Html.escape(getTitle());
    }

    /** The assignee's name, empty when unassigned. */
    public String getOwner() {
        return objective.issue().owner().orElse("");
    }

    public String getOwnerHtml() {
        return Html.escape(getOwner());
    }

    public String getProject() {
        return objective.issue().projectKey();
    }

    /** {@code committed}, {@code aspirational} or {@code unknown}: a fixed word, from the objective's labels. */
    public String getKind() {
        return objective.kind().key();
    }

    /** The kind in the message file's English: {@code Committed}, {@code Aspirational} or {@code Kind not set}. */
    public String getKindLabel() {
        return Message.of("okr.kind." + getKind()).english();
    }

    public String getCycle() {
        return standing.cycle().label();
    }

    public double getProgress() {
        return Numbers.rounded(standing.progress());
    }

    public int getProgressPercent() {
        return Numbers.percent(standing.progress());
    }

    public double getExpected() {
        return Numbers.rounded(standing.expected());
    }

    public int getExpectedPercent() {
        return Numbers.percent(standing.expected());
    }

    /** {@code done}, {@code not-started}, {@code on-track}, {@code at-risk} or {@code off-track}. */
    public String getHealth() {
        return standing.health().key();
    }

    /** The AUI lozenge modifier for the health, for the Jira panel. */
    public String getHealthLozenge() {
        return switch (standing.health()) {
            case DONE -> "aui-lozenge-complete";
            case NOT_STARTED -> "aui-lozenge-subtle";
            case ON_TRACK -> "aui-lozenge-success";
            case AT_RISK -> "aui-lozenge-moved";
            case OFF_TRACK -> "aui-lozenge-error";
        };
    }

    /** The health in the message file's English: "At risk". */
    public String getHealthLabel() {
        return Message.of("okr.health." + getHealth()).english();
    }

    /** The end-of-cycle score on Google's scale ("0.7", "1.0"), empty while the cycle runs and the objective is open. */
    public String getScore() {
        return standing.score().isPresent() ? String.format(Locale.ROOT, "%.1f", standing.score().getAsDouble()) : "";
    }

    /** The objectives it is aligned to, comma-separated, empty when none. */
    public String getParents() {
        return String.join(", ", objective.parentKeys());
    }

    public List<KeyResultView> getKeyResults() {
        return keyResults;
    }

    public List<KpiView> getKpis() {
        return kpis;
    }

    public boolean getHasKeyResults() {
        return !keyResults.isEmpty();
    }

    public boolean getHasKpis() {
        return !kpis.isEmpty();
    }

    /** The findings on the objective and on its key results, most severe first. */
    public List<FindingView> getFindings() {
        return findings;
    }

    /** The most severe finding's severity key, {@code none} when it has no finding. */
    public String getWorstSeverityKey() {
        return findings.isEmpty() ? "none" : findings.get(0).getSeverityKey();
    }
}
