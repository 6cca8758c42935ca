package com.atlassian.jira.issue.link;

// Mirrors https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/issue/link/IssueLinkType.html
// Declaration only (docs/jira-api.md, "Declarations"): Jira provides the real type at run time; never packaged.

public interface IssueLinkType {
    /** As the public mocks of IssueLinkType implement it (Long ids). */
    Long getId();

    String getName();
}
