package com.atlassian.jira.permission;

// Mirrors https://docs.atlassian.com/jira/latest/com/atlassian/jira/permission/GlobalPermissionKey.html
// (public static final GlobalPermissionKey ADMINISTER, SYSTEM_ADMIN); both constants are used on Jira 10 and 11
// by the apps GlobalPermissionManager's declaration names.
// Declaration only (docs/jira-api.md, "Declarations"): Jira provides the real type at run time; never packaged.

public final class GlobalPermissionKey {
    public static final GlobalPermissionKey ADMINISTER = null;
    public static final GlobalPermissionKey SYSTEM_ADMIN = null;

    private GlobalPermissionKey() {
        throw new UnsupportedOperationException("declaration only: Jira provides this class");
    }
}
