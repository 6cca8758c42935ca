package com.atlassian.jira.issue.link;

// Mirrors https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/issue/link/IssueLinkManager.html
// Declaration only (docs/jira-api.md, "Declarations"): Jira provides the real type at run time; never packaged.

import java.util.Collection;
import java.util.List;

public interface IssueLinkManager {
    List<IssueLink> getOutwardLinks(Long sourceIssueId);

    List<IssueLink> getInwardLinks(Long destinationIssueId);

    /**
     * Every link of one type, site-wide, without permission checks. Signature from Jira's public
     * source of IssueLinkManager ("Returns a collection of all IssueLinks for a particular issue link
     * type") and DefaultIssueLinkManager; that it is unchanged in 10.3 and 11.3 is UNCONFIRMED (no page
     * of those versions could be read).
     */
    Collection<IssueLink> getIssueLinks(Long issueLinkTypeId);
}
