package com.okradvisor.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugin.web.Condition;
import java.util.Map;
import java.util.function.BiPredicate;

/**
 * Shows a panel only on issues with one OKR role for the logged-in user. A read Jira refuses hides
 * the panel rather than breaking the issue page.
 */
abstract class IssueRoleCondition implements Condition {

    private final JiraAuthenticationContext authenticationContext;
    private final BiPredicate<Issue, ApplicationUser> hasRole;

    IssueRoleCondition(JiraAuthenticationContext authenticationContext, BiPredicate<Issue, ApplicationUser> hasRole) {
        this.authenticationContext = authenticationContext;
        this.hasRole = hasRole;
    }

    @Override
    public void init(Map<String, String> params) {
        // The conditions take no parameters from the descriptor.
    }

    @Override
    public boolean shouldDisplay(Map<String, Object> context) {
        if (!(context.get(PanelContextProvider.ISSUE) instanceof Issue issue)) {
            return false;
        }
        try {
            return hasRole.test(issue, authenticationContext.getLoggedInUser());
        } catch (OkrReadException e) {
            return false;
        }
    }
}
