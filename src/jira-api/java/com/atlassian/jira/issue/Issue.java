package com.atlassian.jira.issue;

// Mirrors https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/issue/Issue.html
// Declaration only (docs/jira-api.md, "Declarations"): Jira provides the real type at run time; never packaged.

import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.label.Label;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;
import java.sql.Timestamp;
import java.util.Set;

public interface Issue {
    Long getId();

    String getKey();

    String getSummary();

    Status getStatus();

    ApplicationUser getAssignee();

    Timestamp getCreated();

    Timestamp getDueDate();

    Timestamp getResolutionDate();

    Project getProjectObject();

    /** Signature as Atlassian's Slack app implements it on Jira 10 and 11 (SlackMessageResource). */
    IssueType getIssueType();

    /** Signature as Atlassian's Slack app implements it on Jira 10 and 11 (SlackMessageResource). */
    Set<Label> getLabels();

    /** Signature as Atlassian's Slack app implements it on Jira 10 and 11 (SlackMessageResource). */
    boolean isSubTask();

    /** The value of a custom field (for Epic Link, the epic Issue); as the Slack app implements it on Jira 10 and 11. */
    Object getCustomFieldValue(CustomField customField);

    /** A sub-task's parent's id; as the Slack app implements it on Jira 10 (release-2.x) and 11 (master), SlackMessageResource. */
    Long getParentId();
}
