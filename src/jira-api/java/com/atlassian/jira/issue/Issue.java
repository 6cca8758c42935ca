package com.atlassian.jira.issue;

// Mirrors https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/issue/Issue.html
// Declaration only (DESIGN.md §6): Jira provides the real type at run time; never packaged.

import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;
import java.sql.Timestamp;

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
}
