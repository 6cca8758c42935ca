package com.okradvisor.jira;

import com.atlassian.jira.security.JiraAuthenticationContext;
import java.time.Clock;
import javax.inject.Inject;
import javax.inject.Named;

/** The key-result panel's context: {@link com.okradvisor.jira.view.KeyResultPanelModel} under {@code okr}. */
@Named
public class KeyResultPanelContextProvider extends PanelContextProvider {

    @Inject
    public KeyResultPanelContextProvider(OkrPanels panels, JiraAuthenticationContext authenticationContext) {
        this(panels, authenticationContext, Clock.systemDefaultZone());
    }

    KeyResultPanelContextProvider(OkrPanels panels, JiraAuthenticationContext authenticationContext, Clock clock) {
        super(authenticationContext, clock, panels::keyResultPanel);
    }
}
