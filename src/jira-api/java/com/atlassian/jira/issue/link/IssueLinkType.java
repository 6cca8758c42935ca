package com.atlassian.jira.issue.link;

// Mirrors https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/issue/link/IssueLinkType.html
// Declaration only (docs/jira-api.md, "Declarations"): Jira provides the real type at run time; never packaged.

public interface IssueLinkType {
    /** As the public mocks of IssueLinkType implement it (Long ids). */
    Long getId();

    String getName();

    /**
     * The outward and inward descriptions ("blocks", "is blocked by"), which JQL's issueLinkType takes.
     * From Jira's public source of IssueLinkType and the public tests of apps that mock it; that both are
     * unchanged in 10.3 and 11.3 is UNCONFIRMED (no page of those versions could be read).
     */
    String getOutward();

    String getInward();
}
