package com.atlassian.jira.issue.link;

// Mirrors https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/issue/link/IssueLink.html
// Declaration only (docs/jira-api.md, "Declarations"): Jira provides the real type at run time; never packaged.

import com.atlassian.jira.issue.Issue;

public interface IssueLink {
    Issue getSourceObject();

    Issue getDestinationObject();

    IssueLinkType getIssueLinkType();

    /** The source issue's id, without loading the issue; as DefaultIssueLinkManager's public source calls it. */
    Long getSourceId();

    /** The destination issue's id, without loading the issue; as DefaultIssueLinkManager's public source calls it. */
    Long getDestinationId();
}
