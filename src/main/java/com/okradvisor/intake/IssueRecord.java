package com.okradvisor.intake;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One Jira issue as both adapters hand it over, before anything decides what it is: the command
 * line reads it from REST JSON, the plugin from Jira's services. {@link PortfolioAssembler} decides
 * its role, its epic, its parents and its KPI links.
 *
 * @param key the issue key, e.g. {@code GRO-12}
 * @param summary the issue's summary
 * @param projectKey the key of its project
 * @param owner the assignee's display name, when assigned
 * @param statusCategoryKey Jira's key of its status category ({@code new}, {@code indeterminate},
 *     {@code done}, {@code undefined}); anything else is judged by the assembler's status policy
 * @param issueType the name of its issue type
 * @param subtask true for a sub-task, which is never a key result
 * @param labels its labels
 * @param epicKey the epic it is in, when it is in one
 * @param created the day it was created
 * @param due its due date, when set
 * @param resolved the day it was resolved, when it is
 * @param links its issue links, seen from this issue
 * @param properties its {@code okr.*} entity properties by name, as JSON
 */
public record IssueRecord(
        String key,
        String summary,
        String projectKey,
        Optional<String> owner,
        String statusCategoryKey,
        String issueType,
        boolean subtask,
        List<String> labels,
        Optional<String> epicKey,
        LocalDate created,
        Optional<LocalDate> due,
        Optional<LocalDate> resolved,
        List<LinkRecord> links,
        Map<String, JsonNode> properties) {

    public IssueRecord {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(statusCategoryKey, "statusCategoryKey");
        Objects.requireNonNull(issueType, "issueType");
        labels = List.copyOf(labels);
        links = List.copyOf(links);
        properties = Map.copyOf(properties);
    }

    /** The same record with {@code replaced} for its links. */
    public IssueRecord withLinks(List<LinkRecord> replaced) {
        return new IssueRecord(key, summary, projectKey, owner, statusCategoryKey, issueType, subtask, labels, epicKey, created,
                due, resolved, replaced, properties);
    }
}
