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
 * @param keyResultsNotRead key results in its epic beyond those read (a view of one objective reads a
 *     bounded number): counted, so that the objective's number of key results is the epic's, and not judged
 */
public record Objective(Issue issue, List<KeyResult> keyResults, List<String> parentKeys, ObjectiveKind kind,
        boolean topLevel, int keyResultsNotRead) {

    public Objective {
        Objects.requireNonNull(issue, "issue");
        Objects.requireNonNull(kind, "kind");
        keyResults = List.copyOf(keyResults);
        parentKeys = List.copyOf(parentKeys);
        if (keyResultsNotRead < 0) {
            throw new IllegalArgumentException("key results not read cannot be negative: " + keyResultsNotRead);
        }
    }

    /** An objective whose key results were all read. */
    public Objective(Issue issue, List<KeyResult> keyResults, List<String> parentKeys, ObjectiveKind kind, boolean topLevel) {
        this(issue, keyResults, parentKeys, kind, topLevel, 0);
    }

    /** How many key results its epic holds: those read and those beyond. */
    public int keyResultCount() {
        return keyResults.size() + keyResultsNotRead;
    }

    /** The same objective, with {@code count} key results in its epic beyond those read. */
    public Objective withKeyResultsNotRead(int count) {
        return new Objective(issue, keyResults, parentKeys, kind, topLevel, count);
    }

    public String key() {
        return issue.key();
    }
}
