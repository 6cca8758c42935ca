package com.atlassian.jira.security.plugin;

// Mirrors https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/security/plugin/ProjectPermissionKey.html
// Declaration only (docs/jira-api.md, "Declarations"): Jira provides the real type at run time; never packaged.

public final class ProjectPermissionKey {
    public ProjectPermissionKey(String permissionKey) {
        throw new UnsupportedOperationException("declaration only: Jira provides this class");
    }
}
