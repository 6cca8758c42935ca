package com.okradvisor.view;

import java.util.Optional;

/**
 * One finding in the coach's list, with what it is filtered and grouped by: the project and owner of
 * the issue it is on, and the objective that issue belongs to (itself, or a key result's) with its
 * cycle. A KPI's findings belong to no objective and no cycle.
 */
public final class FindingRow {

    private final FindingView finding;
    private final String project;
    private final String owner;
    private final String objectiveKey;
    private final String objectiveTitle;
    private final String cycle;
    private final String objectiveKind;

    FindingRow(FindingView finding, String project, Optional<String> owner, Optional<String> objectiveKey,
            Optional<String> objectiveTitle, Optional<String> cycle, Optional<String> objectiveKind) {
        this.finding = finding;
        this.project = project;
        this.owner = owner.orElse("");
        this.objectiveKey = objectiveKey.orElse("");
        this.objectiveTitle = objectiveTitle.orElse("");
        this.cycle = cycle.orElse("");
        this.objectiveKind = objectiveKind.orElse("");
    }

    public FindingView getFinding() {
        return finding;
    }

    public String getProject() {
        return project;
    }

    /** The owner of the issue the finding is on; empty when unassigned. */
    public String getOwner() {
        return owner;
    }

    public String getOwnerHtml() {
        return Html.escape(owner);
    }

    /** The objective's key; empty for a finding outside any objective (a KPI's). */
    public String getObjectiveKey() {
        return objectiveKey;
    }

    public String getObjectiveTitleHtml() {
        return Html.escape(objectiveTitle);
    }

    public String getObjectiveTitle() {
        return objectiveTitle;
    }

    /** The objective's cycle, e.g. {@code 2026-Q2}; empty outside any objective. */
    public String getCycle() {
        return cycle;
    }

    /** The objective's kind ({@code committed}, {@code aspirational}, {@code unknown}); empty outside any objective. */
    public String getObjectiveKind() {
        return objectiveKind;
    }
}
