package com.okradvisor.jira;

import com.atlassian.jira.security.JiraAuthenticationContext;
import java.time.Clock;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Named;

/** The objective panel's context: {@link com.okradvisor.jira.view.ObjectivePanelModel} under {@code okr}. */
@Named
public class ObjectivePanelContextProvider extends PanelContextProvider {

    @Inject
    public ObjectivePanelContextProvider(OkrPanels panels, JiraAuthenticationContext authenticationContext) {
        this(panels, authenticationContext, Clock.systemDefaultZone());
    }

    ObjectivePanelContextProvider(OkrPanels panels, JiraAuthenticationContext authenticationContext, Clock clock) {
        super(authenticationContext, clock, (issue, user, asOf) -> Optional.of(panels.objectivePanel(issue, user, asOf)));
    }
}
