package com.atlassian.jira.security;

// Mirrors https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/security/GlobalPermissionManager.html
// hasPermission(GlobalPermissionKey, ApplicationUser) is called with GlobalPermissionKey.ADMINISTER by Atlassian's
// Slack app on Jira 10 (atlassian-labs/atlassian-slack-integration-server, branch release-2.x, Platform 7) and on
// Jira 11 (branch master, Platform 8): jira-slack-server-integration-plugin, web/rest/ProjectConfigurationResource
// and IssuePanelResource; and with SYSTEM_ADMIN and ADMINISTER by codescape/jira-scrum-poker built against Jira
// 10.7.4 and 11.3.1 (UserHasProjectAdministrationPermission).
// Declaration only (docs/jira-api.md, "Declarations"): Jira provides the real type at run time; never packaged.

import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.user.ApplicationUser;

public interface GlobalPermissionManager {
    boolean hasPermission(GlobalPermissionKey globalPermissionKey, ApplicationUser user);
}
