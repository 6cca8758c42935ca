package com.okradvisor.jira;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.plugin.web.Condition;
import java.util.Map;
import javax.inject.Inject;
import javax.inject.Named;

/**
 * Shows the coach view's top-navigation item only to those who may open it ({@link CoachAccess}):
 * hidden from anonymous visitors and, when the settings name a coach group, from everyone outside it but
 * Jira administrators. It reads the settings once per page that asks (one plugin-settings value).
 */
@Named
public class CoachCondition implements Condition {

    private final CoachAccess access;
    private final OkrSettingsStore settingsStore;
    private final JiraAuthenticationContext authenticationContext;

    @Inject
    public CoachCondition(CoachAccess access, OkrSettingsStore settingsStore, JiraAuthenticationContext authenticationContext) {
        this.access = access;
        this.settingsStore = settingsStore;
        this.authenticationContext = authenticationContext;
    }

    @Override
    public void init(Map<String, String> params) {
        // The condition takes no parameters from the descriptor.
    }

    @Override
    public boolean shouldDisplay(Map<String, Object> context) {
        return access.of(authenticationContext.getLoggedInUser(), settingsStore.load()) == CoachAccess.Verdict.ALLOWED;
    }
}
