package com.okradvisor.jira.view;

import com.okradvisor.text.Characters;
import com.okradvisor.view.FindingView;
import com.okradvisor.view.Html;
import com.okradvisor.view.ProjectObjective;
import com.okradvisor.view.ProjectView;
import java.util.List;

/**
 * The project OKR page: a project's objectives in one cycle ({@link ProjectView}), each with the
 * {@value MostSevere#PANEL} most severe of its findings as a panel lists them, the cycles to choose
 * from (the one shown selected), what the read left out, and, when the URL asked for a cycle that is
 * none, the value refused. Immutable; the template reads it through getters (plain ones are escaped
 * by Jira, {@code …Html} ones here).
 */
public final class ProjectPageModel {

    /** The most of a refused value the page quotes. */
    static final int QUOTED = 40;

    private final ProjectView view;
    private final List<Card> objectives;
    private final List<CoachPageModel.Option> cycles;
    private final String contextPath;
    private final String refusedCycle;
    private final int notRead;

    private ProjectPageModel(ProjectView view, String contextPath, String refusedCycle, int notRead) {
        this.view = view;
        this.objectives = view.getObjectives().stream().map(Card::new).toList();
        this.cycles = view.getCycles().stream().map(cycle -> new CoachPageModel.Option(cycle, cycle.equals(view.getCycle()))).toList();
        this.contextPath = contextPath;
        this.refusedCycle = refusedCycle;
        this.notRead = notRead;
    }

    /** The page of {@code view}; {@code notRead} counts issues the read left out. */
    public static ProjectPageModel of(ProjectView view, String contextPath, int notRead) {
        return new ProjectPageModel(view, contextPath, "", notRead);
    }

    /** The page of {@code view} (the current cycle's), saying that {@code cycle}, which the URL asked for, is no cycle. */
    public static ProjectPageModel refused(ProjectView view, String contextPath, String cycle, int notRead) {
        return new ProjectPageModel(view, contextPath, Characters.cut(Characters.printable(cycle), QUOTED), notRead);
    }

    /** The project's key. */
    public String getProject() {
        return view.getProject();
    }

    /** The cycle shown, e.g. {@code 2026-Q2}. */
    public String getCycle() {
        return view.getCycle();
    }

    /** Every cycle the project has objectives in, and the one shown, selected. */
    public List<CoachPageModel.Option> getCycles() {
        return cycles;
    }

    /** The project's objectives in the cycle shown, in key order. */
    public List<Card> getObjectives() {
        return objectives;
    }

    public boolean getHasObjectives() {
        return !objectives.isEmpty();
    }

    /** The project's objectives the viewer may not browse, in any cycle: counted, never named. */
    public long getHiddenObjectives() {
        return view.getHiddenObjectives();
    }

    /** Jira's context path, for links to issues ({@code …/browse/KEY}). */
    public String getContextPath() {
        return contextPath;
    }

    public boolean isRefused() {
        return !refusedCycle.isEmpty();
    }

    /** The value the URL gave for the cycle, when it is none: cut, control characters replaced, escaped. */
    public String getRefusedCycleHtml() {
        return Html.escape(refusedCycle);
    }

    /** Objectives, key results and KPIs beyond the most one read takes: not judged, not shown. */
    public int getNotRead() {
        return notRead;
    }

    /** One objective's card: the project view's entry and its findings as a panel lists them. */
    public static final class Card {
        private final ProjectObjective objective;
        private final MostSevere<FindingView> findings;

        Card(ProjectObjective objective) {
            this.objective = objective;
            this.findings = MostSevere.first(objective.getObjective().getFindings(), MostSevere.PANEL);
        }

        public ProjectObjective getEntry() {
            return objective;
        }

        /** The most severe findings on the objective and its key results, at most {@value MostSevere#PANEL}. */
        public List<FindingView> getFindings() {
            return findings.shown();
        }

        public int getFindingsNotShown() {
            return findings.notShown();
        }
    }
}
