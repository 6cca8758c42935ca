package com.okradvisor.jira;

import com.atlassian.jira.security.JiraAuthenticationContext;
import javax.inject.Inject;
import javax.inject.Named;

/** True on an issue the objective mapping selects. */
@Named
public class IsObjectiveCondition extends IssueRoleCondition {

    @Inject
    public IsObjectiveCondition(OkrPanels panels, JiraAuthenticationContext authenticationContext) {
        super(authenticationContext, panels::isObjective);
    }
}
