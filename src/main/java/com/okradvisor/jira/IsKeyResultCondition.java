package com.okradvisor.jira;

import com.atlassian.jira.security.JiraAuthenticationContext;
import javax.inject.Inject;
import javax.inject.Named;

/** True on an issue in the epic of an objective the user may browse. */
@Named
public class IsKeyResultCondition extends IssueRoleCondition {

    @Inject
    public IsKeyResultCondition(OkrPanels panels, JiraAuthenticationContext authenticationContext) {
        super(authenticationContext, panels::isKeyResult);
    }
}
