package com.okradvisor.model;

import java.util.List;
import java.util.Objects;

/**
 * An objective: an epic the objective mapping selects.
 *
 * @param issue the Jira epic behind it
 * @param keyResults the issues in the epic, sub-tasks excluded
 * @param parentKeys the objectives this one is aligned to (may name issues outside the portfolio)
 * @param kind committed, aspirational or unknown, from its labels
 * @param topLevel it carries the top-level label: aligned to no parent on purpose
 */
public record Objective(Issue issue, List<KeyResult> keyResults, List<String> parentKeys, ObjectiveKind kind,
        boolean topLevel) {

    public Objective {
        Objects.requireNonNull(issue, "issue");
        Objects.requireNonNull(kind, "kind");
        keyResults = List.copyOf(keyResults);
        parentKeys = List.copyOf(parentKeys);
    }

    public String key() {
        return issue.key();
    }
}
