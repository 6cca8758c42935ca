package com.atlassian.sal.api.user;

// Mirrors https://docs.atlassian.com/sal-api/latest/com/atlassian/sal/api/user/UserManager.html
// Declaration only (DESIGN.md §6): Jira provides the real type at run time; never packaged.

import javax.servlet.http.HttpServletRequest;

public interface UserManager {
    UserKey getRemoteUserKey(HttpServletRequest request);

    boolean isAdmin(UserKey userKey);

    boolean isSystemAdmin(UserKey userKey);
}
