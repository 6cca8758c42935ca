package com.atlassian.sal.api.user;

// Mirrors https://docs.atlassian.com/sal-api/latest/com/atlassian/sal/api/user/UserManager.html
// The no-argument getRemoteUserKey() carries no servlet type, so one declaration serves Jira 10.3 and 11.3:
// Atlassian's Slack app calls it on both (atlassian-labs/atlassian-slack-integration-server, branch
// release-2.x on Platform 7 and master on Platform 8: jira-slack-server-integration-plugin,
// web/rest/ConfigurationRestService.java).
// Declaration only (docs/jira-api.md): Jira provides the real type at run time; never packaged.

public interface UserManager {
    UserKey getRemoteUserKey();

    boolean isAdmin(UserKey userKey);

    boolean isSystemAdmin(UserKey userKey);
}
