package com.okradvisor.jira;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.plugin.web.Condition;
import java.util.Map;
import javax.inject.Inject;
import javax.inject.Named;

/** Shows a link only to a logged-in user: the pages it leads to refuse anonymous visitors (401). */
@Named
public class IsLoggedInCondition implements Condition {

    private final JiraAuthenticationContext authenticationContext;

    @Inject
    public IsLoggedInCondition(JiraAuthenticationContext authenticationContext) {
        this.authenticationContext = authenticationContext;
    }

    @Override
    public void init(Map<String, String> params) {
        // It takes no parameters from the descriptor.
    }

    @Override
    public boolean shouldDisplay(Map<String, Object> context) {
        return authenticationContext.getLoggedInUser() != null;
    }
}
