package com.okradvisor.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.label.Label;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.user.ApplicationUser;
import com.fasterxml.jackson.databind.JsonNode;
import com.okradvisor.intake.IntakeProblem;
import com.okradvisor.intake.IssueRecord;
import com.okradvisor.intake.LinkRecord;
import com.okradvisor.intake.OkrProperties;
import com.okradvisor.intake.PropertyException;
import com.okradvisor.model.Mapping;
import com.okradvisor.model.StatusCategory;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Jira issues as the intake's records, and what the mapping makes of them. */
final class JiraIssues {

    private JiraIssues() {
    }

    /** {@code issue} as a record: in {@code epicKey}'s epic when given, with {@code links} and {@code properties}. */
    static IssueRecord record(Issue issue, Optional<String> epicKey, List<LinkRecord> links, Map<String, JsonNode> properties) {
        return new IssueRecord(issue.getKey(), issue.getSummary(), issue.getProjectObject().getKey(),
                Optional.ofNullable(issue.getAssignee()).map(ApplicationUser::getDisplayName), statusCategoryKey(issue.getStatus()),
                typeName(issue), issue.isSubTask(), labels(issue), epicKey,
                day(issue.getCreated()).orElseThrow(() -> new IllegalArgumentException(issue.getKey() + " has no created date")),
                day(issue.getDueDate()), day(issue.getResolutionDate()), links, properties);
    }

    /** A link of type {@code type} to {@code other}, named only when the reader may see it. */
    static LinkRecord link(String type, Issue other, boolean visible, boolean outward) {
        return new LinkRecord(type, visible ? Optional.of(other.getKey()) : Optional.empty(), visible ? typeName(other) : "",
                visible ? Optional.of(labels(other)) : Optional.empty(), outward, visible ? statusCategoryKey(other.getStatus()) : "");
    }

    /**
     * The {@code okr.*} properties {@code json} holds for {@code issueKey}, parsed; one that is not
     * JSON of its shape is left out and added to {@code problems}.
     */
    static Map<String, JsonNode> properties(String issueKey, Map<String, String> json, List<IntakeProblem> problems) {
        Map<String, JsonNode> values = new LinkedHashMap<>();
        json.forEach((name, text) -> {
            try {
                values.put(name, OkrProperties.parse(name, text));
            } catch (PropertyException e) {
                problems.add(new IntakeProblem(IntakeProblem.Kind.UNREADABLE, issueKey, "property " + e.getMessage()));
            }
        });
        return values;
    }

    static boolean isObjective(Issue issue, Mapping mapping) {
        return mapping.isObjective(typeName(issue), labels(issue));
    }

    static boolean isKpi(Issue issue, Mapping mapping) {
        return !isObjective(issue, mapping) && mapping.isKpi(typeName(issue), labels(issue));
    }

    private static String typeName(Issue issue) {
        IssueType type = issue.getIssueType();
        return type == null || type.getName() == null ? "" : type.getName();
    }

    private static List<String> labels(Issue issue) {
        Set<Label> labels = issue.getLabels();
        return labels == null ? List.of() : labels.stream().map(Label::getLabel).toList();
    }

    private static String statusCategoryKey(Status status) {
        if (status == null || status.getStatusCategory() == null) {
            return StatusCategory.UNDEFINED.key();
        }
        return status.getStatusCategory().getKey();
    }

    /** The day of a Jira timestamp in the server's time zone, which is Jira's default zone. */
    private static Optional<LocalDate> day(Timestamp timestamp) {
        return Optional.ofNullable(timestamp).map(time -> time.toLocalDateTime().toLocalDate());
    }
}
