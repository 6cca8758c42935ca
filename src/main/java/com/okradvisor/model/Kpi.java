package com.okradvisor.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A KPI: an issue of type KPI or labelled {@code kpi}.
 *
 * @param issue the Jira issue behind it
 * @param reading its {@code okr.kpi} property, when set
 * @param objectiveKeys the objectives it is linked to (may name issues outside the portfolio)
 */
public record Kpi(Issue issue, Optional<KpiReading> reading, List<String> objectiveKeys) {

    public Kpi {
        Objects.requireNonNull(issue, "issue");
        Objects.requireNonNull(reading, "reading");
        objectiveKeys = List.copyOf(objectiveKeys);
    }

    public String key() {
        return issue.key();
    }
}
