package com.atlassian.jira.user;

// Mirrors https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/user/ApplicationUser.html
// Declaration only (docs/jira-api.md, "Declarations"): Jira provides the real type at run time; never packaged.

public interface ApplicationUser {
    String getDisplayName();

    /**
     * The user name JQL's user clauses take ({@code assignee in ("jsmith")}); as Atlassian's Slack app
     * calls it on Jira 10 (branch release-2.x) and 11 (master), DefaultAttachmentHelper.userLink.
     */
    String getUsername();

    /**
     * The user's key, which never changes (unlike the user name). In ApplicationUser's javadoc since
     * Jira 6.0 and in the public code of apps compiled against Jira 10 and 11; that its signature is
     * unchanged in 10.3 and 11.3 is UNCONFIRMED here (no page of those versions could be read).
     */
    String getKey();
}
