package com.okradvisor.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * How an admin's Jira maps onto the OKR model (docs/design.md, "The OKR model"): which issues are objectives and KPIs,
 * which link types align them, and which field links an issue to its epic. Names compare without
 * regard to case, as JQL does. Both the plugin and the command-line reader select with it.
 *
 * @param objectiveIssueType the issue type of objectives, {@code Epic} by default
 * @param objectiveLabel the label an objective must carry, {@code okr} by default; empty selects every epic
 * @param kpiIssueType an issue of this type is a KPI, {@code KPI} by default
 * @param kpiLabel an issue carrying this label is a KPI, {@code kpi} by default
 * @param alignmentLinkTypes the link type names that align objectives and KPIs; empty means any link type
 * @param epicLinkField the name of the field that links an issue to its epic, {@code Epic Link} by default
 * @param workLinkTypes the link type names that make an issue linked to a key result part of its work;
 *     empty means any link type
 * @param marks the labels that mark an objective top-level, committed or aspirational
 */
public record Mapping(
        String objectiveIssueType,
        String objectiveLabel,
        String kpiIssueType,
        String kpiLabel,
        Set<String> alignmentLinkTypes,
        String epicLinkField,
        Set<String> workLinkTypes,
        ObjectiveMarks marks) {

    public static final Mapping DEFAULTS = new Mapping("Epic", "okr", "KPI", "kpi", Set.of(), "Epic Link", Set.of(),
            ObjectiveMarks.DEFAULTS);

    public Mapping {
        Objects.requireNonNull(objectiveIssueType, "objectiveIssueType");
        objectiveLabel = objectiveLabel == null ? "" : objectiveLabel.strip();
        kpiIssueType = kpiIssueType == null ? "" : kpiIssueType.strip();
        kpiLabel = kpiLabel == null ? "" : kpiLabel.strip();
        alignmentLinkTypes = linkTypeNames(alignmentLinkTypes);
        workLinkTypes = linkTypeNames(workLinkTypes);
        Objects.requireNonNull(epicLinkField, "epicLinkField");
        Objects.requireNonNull(marks, "marks");
        if (objectiveIssueType.isBlank()) {
            throw new IllegalArgumentException("the objective issue type must not be blank");
        }
        if (kpiIssueType.isEmpty() && kpiLabel.isEmpty()) {
            throw new IllegalArgumentException("KPIs need an issue type or a label to be found by");
        }
    }

    /** True for an issue of the objective type that carries the objective label (when one is set). */
    public boolean isObjective(String issueType, Collection<String> labels) {
        return objectiveIssueType.equalsIgnoreCase(issueType)
                && (objectiveLabel.isEmpty() || carries(labels, objectiveLabel));
    }

    /** True for an issue of the KPI type, or one that carries the KPI label. */
    public boolean isKpi(String issueType, Collection<String> labels) {
        return (!kpiIssueType.isEmpty() && kpiIssueType.equalsIgnoreCase(issueType))
                || (!kpiLabel.isEmpty() && carries(labels, kpiLabel));
    }

    /** True when a link of this type aligns an objective to its parent or a KPI to an objective. */
    public boolean aligns(String linkTypeName) {
        return alignmentLinkTypes.isEmpty() || alignmentLinkTypes.contains(linkTypeName);
    }

    /**
     * True when the mapping names this link type, to align or as work, rather than taking it because
     * it takes any type.
     */
    public boolean names(String linkTypeName) {
        return alignmentLinkTypes.contains(linkTypeName) || workLinkTypes.contains(linkTypeName);
    }

    /** A mapping with any link type making work and the default {@link ObjectiveMarks}. */
    public Mapping(String objectiveIssueType, String objectiveLabel, String kpiIssueType, String kpiLabel,
            Set<String> alignmentLinkTypes, String epicLinkField) {
        this(objectiveIssueType, objectiveLabel, kpiIssueType, kpiLabel, alignmentLinkTypes, epicLinkField, Set.of(),
                ObjectiveMarks.DEFAULTS);
    }

    /** True when a link of this type from a key result to an issue makes that issue part of its work. */
    public boolean countsAsWork(String linkTypeName) {
        return workLinkTypes.isEmpty() || workLinkTypes.contains(linkTypeName);
    }

    /** The JQL that selects objectives: {@code issuetype = "Epic" AND labels = "okr"} by default. */
    public String objectiveJql() {
        return "issuetype = " + quoted(objectiveIssueType)
                + (objectiveLabel.isEmpty() ? "" : " AND labels = " + quoted(objectiveLabel));
    }

    /** The JQL that selects KPIs: {@code issuetype = "KPI" OR labels = "kpi"} by default. */
    public String kpiJql() {
        List<String> kpis = new ArrayList<>();
        if (!kpiIssueType.isEmpty()) {
            kpis.add("issuetype = " + quoted(kpiIssueType));
        }
        if (!kpiLabel.isEmpty()) {
            kpis.add("labels = " + quoted(kpiLabel));
        }
        return String.join(" OR ", kpis);
    }

    /** {@code value} as a JQL string literal. */
    public static String quoted(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static Set<String> linkTypeNames(Set<String> names) {
        TreeSet<String> linkTypes = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        names.stream().map(String::strip).filter(name -> !name.isEmpty()).forEach(linkTypes::add);
        return Collections.unmodifiableSet(linkTypes);
    }

    /** True when {@code labels} hold {@code label}, compared without regard to case. */
    static boolean carries(Collection<String> labels, String label) {
        String wanted = label.toLowerCase(Locale.ROOT);
        return labels.stream().anyMatch(candidate -> candidate.toLowerCase(Locale.ROOT).equals(wanted));
    }
}
