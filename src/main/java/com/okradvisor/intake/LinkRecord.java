package com.okradvisor.intake;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An issue link seen from one of its issues. A sub-task is a link of type {@value #SUB_TASK} from its
 * parent, as Jira stores it.
 *
 * @param type the link type's name
 * @param otherKey the issue at the other end; empty when the reader may not see it (counted, never named)
 * @param otherIssueType the other issue's type name, empty when unknown
 * @param otherLabels the other issue's labels when the source knows them (the plugin does; a REST
 *     export does not), which lets the objective mapping's label count for issues outside the intake
 * @param outward true when the issue it is seen from is the link's source
 * @param otherStatusCategoryKey Jira's key of the other issue's status category, empty when unknown or hidden
 */
public record LinkRecord(String type, Optional<String> otherKey, String otherIssueType,
        Optional<List<String>> otherLabels, boolean outward, String otherStatusCategoryKey) {

    /** The link type Jira keeps from a parent to its sub-tasks ({@code SubTaskManager.SUB_TASK_LINK_TYPE_NAME}). */
    public static final String SUB_TASK = "jira_subtask_link";
    /** The link type Jira Software uses from an epic to the issues in it: neither an alignment nor work. */
    public static final String EPIC_STORY = "Epic-Story Link";

    public LinkRecord {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(otherKey, "otherKey");
        otherIssueType = otherIssueType == null ? "" : otherIssueType;
        otherLabels = otherLabels.map(List::copyOf);
        otherStatusCategoryKey = otherStatusCategoryKey == null ? "" : otherStatusCategoryKey;
    }
}
