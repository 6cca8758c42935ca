package com.atlassian.jira.util;

// Mirrors https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/util/MessageSet.html
// Declaration only (docs/jira-api.md, "Declarations"): Jira provides the real type at run time; never packaged.
// hasAnyErrors(): Atlassian's Slack app mocks it on its Jira 10 (release-2.x) and Jira 11 (master) branches,
// compiled against those jira-api versions (JqlIssueFilterTest).

public interface MessageSet {
    boolean hasAnyErrors();
}
