package com.atlassian.jira.security.groups;

// Mirrors https://docs.atlassian.com/jira/server/com/atlassian/jira/security/groups/GroupManager.html
// (jira-api, @PublicApi; isUserInGroup(ApplicationUser, String) since Jira 7, beside an overload taking a
// crowd Group). Public Java code calling it with an ApplicationUser and a group name:
// ru.mail.jira.plugins.myteam.bot.listeners.JiraEventListener (an app for Jira Data Center). That the
// signature is unchanged in 10.3 and 11.3 is UNCONFIRMED: no page or app compiled against those
// versions calling it was found (docs/jira-api.md, "The coach view's access").
// Declaration only (docs/jira-api.md, "Declarations"): Jira provides the real type at run time; never packaged.

import com.atlassian.jira.user.ApplicationUser;

public interface GroupManager {
    boolean isUserInGroup(ApplicationUser user, String groupname);
}
