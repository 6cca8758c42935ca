package com.atlassian.jira.permission;

// Mirrors https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/permission/ProjectPermissions.html
// Declaration only (docs/jira-api.md, "Declarations"): Jira provides the real type at run time; never packaged.

import com.atlassian.jira.security.plugin.ProjectPermissionKey;

public final class ProjectPermissions {
    public static final ProjectPermissionKey BROWSE_PROJECTS = null;
    public static final ProjectPermissionKey EDIT_ISSUES = null;

    private ProjectPermissions() {
        throw new UnsupportedOperationException("declaration only: Jira provides this class");
    }
}
