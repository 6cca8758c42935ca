package com.okradvisor.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugin.web.ContextProvider;
import com.okradvisor.view.Html;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * What both OKR panels share: take the viewed issue (context key {@code issue}) and the logged-in
 * user, build the panel's view model as of today, and put it under {@code okr}. When Jira refuses a
 * read (e.g. the mapping's JQL is not valid here) the template gets {@code okrErrorHtml} instead of
 * an error page. This is the app's edge: the only place that reads the clock.
 */
abstract class PanelContextProvider implements ContextProvider {

    static final String ISSUE = "issue";
    static final String MODEL = "okr";
    static final String ERROR = "okrErrorHtml";

    /** Builds one panel's view model; empty when the panel has nothing to show. */
    interface PanelBuilder {
        Optional<?> build(Issue issue, ApplicationUser user, LocalDate asOf);
    }

    private final JiraAuthenticationContext authenticationContext;
    private final Clock clock;
    private final PanelBuilder builder;

    PanelContextProvider(JiraAuthenticationContext authenticationContext, Clock clock, PanelBuilder builder) {
        this.authenticationContext = authenticationContext;
        this.clock = clock;
        this.builder = builder;
    }

    @Override
    public void init(Map<String, String> params) {
        // The panels take no parameters from the descriptor.
    }

    @Override
    public Map<String, Object> getContextMap(Map<String, Object> context) {
        if (!(context.get(ISSUE) instanceof Issue issue)) {
            return Map.of();
        }
        try {
            Optional<?> model = builder.build(issue, authenticationContext.getLoggedInUser(), LocalDate.now(clock));
            return model.<Map<String, Object>>map(found -> Map.of(MODEL, found)).orElse(Map.of());
        } catch (OkrReadException e) {
            return Map.of(ERROR, Html.escape(e.getMessage()));
        }
    }
}
