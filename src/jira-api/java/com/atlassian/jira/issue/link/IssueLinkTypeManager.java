package com.atlassian.jira.issue.link;

// Mirrors https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/issue/link/IssueLinkTypeManager.html
// Declaration only (docs/jira-api.md, "Declarations"): Jira provides the real type at run time; never packaged.
// Signature from Jira's public source of IssueLinkTypeManager and DefaultIssueLinkTypeManager; that it
// is unchanged in 10.3 and 11.3 is UNCONFIRMED (no page of those versions could be read).

import java.util.Collection;

public interface IssueLinkTypeManager {
    /** The user-defined link types: system ones (the epic's and the sub-task's) are left out. */
    Collection<IssueLinkType> getIssueLinkTypes();
}
