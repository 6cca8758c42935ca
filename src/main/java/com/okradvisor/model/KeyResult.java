package com.okradvisor.model;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A key result: an issue in an objective's epic.
 *
 * @param issue the Jira issue behind it
 * @param metric the {@code okr.metric} property, when the issue has one
 * @param weight its weight in the objective's progress ({@code okr.metric.weight}, default 1)
 * @param checkIns its check-ins, oldest first
 * @param work its sub-tasks and linked issues, counted
 */
public record KeyResult(Issue issue, Optional<Metric> metric, double weight, List<CheckIn> checkIns, Work work) {

    public static final double DEFAULT_WEIGHT = 1.0;

    public KeyResult {
        Objects.requireNonNull(issue, "issue");
        Objects.requireNonNull(metric, "metric");
        if (!(weight >= 0) || !Double.isFinite(weight)) {
            throw new IllegalArgumentException("weight must be a finite number >= 0, was " + weight);
        }
        checkIns = checkIns.stream().sorted(Comparator.comparing(CheckIn::at)).toList();
        Objects.requireNonNull(work, "work");
    }

    public String key() {
        return issue.key();
    }
}
