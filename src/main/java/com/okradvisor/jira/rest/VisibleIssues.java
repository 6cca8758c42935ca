package com.okradvisor.jira.rest;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import javax.inject.Inject;
import javax.inject.Named;

/** The guards every resource starts with: who is calling, and which issue they may see or change. */
@Named
public class VisibleIssues {

    private final IssueManager issueManager;
    private final PermissionManager permissionManager;
    private final JiraAuthenticationContext authenticationContext;

    @Inject
    public VisibleIssues(IssueManager issueManager, PermissionManager permissionManager,
            JiraAuthenticationContext authenticationContext) {
        this.issueManager = issueManager;
        this.permissionManager = permissionManager;
        this.authenticationContext = authenticationContext;
    }

    /** The calling user; null when anonymous, whom Jira may still let browse some projects. */
    ApplicationUser caller() {
        return authenticationContext.getLoggedInUser();
    }

    /** @throws RestFailure 401 when the caller is anonymous */
    ApplicationUser loggedInCaller() {
        ApplicationUser user = caller();
        if (user == null) {
            throw RestFailure.notLoggedIn();
        }
        return user;
    }

    /**
     * The issue {@code key} names, when {@code user} may browse it.
     *
     * @throws RestFailure 404 when there is no such issue or the user may not browse it; the answer is
     *         the same for both, so a caller learns nothing about issues hidden from them
     */
    Issue browsable(String key, ApplicationUser user) {
        Issue issue = issueManager.getIssueObject(key);
        if (issue == null || !permissionManager.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, user)) {
            throw RestFailure.notFound("No issue " + key + " that you may browse.");
        }
        return issue;
    }

    /** @throws RestFailure 403 when {@code user} may not edit {@code issue} */
    void requireEditable(Issue issue, ApplicationUser user) {
        if (!permissionManager.hasPermission(ProjectPermissions.EDIT_ISSUES, issue, user)) {
            throw RestFailure.forbidden("You may not edit " + issue.getKey() + ", so you cannot check in on it.");
        }
    }
}
