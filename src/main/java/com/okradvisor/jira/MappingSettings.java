package com.okradvisor.jira;

import com.okradvisor.progress.ProgressSettings;
import java.util.List;
import java.util.Objects;

/**
 * How the app finds OKRs in this Jira (DESIGN.md §2), as an admin maps them.
 *
 * @param objectiveJql selects the epics that are objectives
 * @param kpiJql selects the issues that are KPIs
 * @param alignmentLinkTypes the link type names that align an objective to its parent; empty means any
 * @param progress the in-progress weight and the fiscal year's start month
 */
public record MappingSettings(String objectiveJql, String kpiJql, List<String> alignmentLinkTypes, ProgressSettings progress) {

    public static final String DEFAULT_OBJECTIVE_JQL = "issuetype = Epic AND labels = okr";
    public static final String DEFAULT_KPI_JQL = "issuetype = KPI OR labels = kpi";
    public static final MappingSettings DEFAULTS =
            new MappingSettings(DEFAULT_OBJECTIVE_JQL, DEFAULT_KPI_JQL, List.of(), ProgressSettings.DEFAULTS);

    public MappingSettings {
        objectiveJql = requireText(objectiveJql, "objective JQL");
        kpiJql = requireText(kpiJql, "KPI JQL");
        alignmentLinkTypes = List.copyOf(alignmentLinkTypes);
        Objects.requireNonNull(progress, "progress");
    }

    /** True when a link of this type aligns an objective: any type when none is configured. */
    public boolean alignsThrough(String linkTypeName) {
        return alignmentLinkTypes.isEmpty() || alignmentLinkTypes.contains(linkTypeName);
    }

    private static String requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be empty");
        }
        return value.strip();
    }
}
