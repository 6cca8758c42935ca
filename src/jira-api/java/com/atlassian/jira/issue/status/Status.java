package com.atlassian.jira.issue.status;

// Mirrors https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/issue/status/Status.html
// Declaration only (docs/jira-api.md, "Declarations"): Jira provides the real type at run time; never packaged.

import com.atlassian.jira.issue.status.category.StatusCategory;

public interface Status {
    StatusCategory getStatusCategory();
}
