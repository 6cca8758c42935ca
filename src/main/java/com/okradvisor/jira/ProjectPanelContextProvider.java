package com.okradvisor.jira;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugin.web.ContextProvider;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.okradvisor.jira.view.ProjectPageModel;
import com.okradvisor.settings.OkrSettings;
import com.okradvisor.view.Html;
import com.okradvisor.view.ProjectView;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Named;

/**
 * The project OKR page inside Jira's project-centric view: the web-panel the project sidebar's <i>OKRs</i>
 * item opens ({@code /projects/KEY?selectedItem=…}), showing the project's objectives in the current cycle
 * with the same content ({@code templates/project/project-body.vm}) and the same judgement and permission
 * answer as {@link OkrProjectServlet}, whose page the content's cycle form opens for another cycle. The
 * project comes from the context Jira gives the view ({@code projectKey}, or {@code project}); the links
 * start at Jira's context path, as the panel has no request of its own. With no user, no project, or no
 * objective of the project the user may browse, the content says so ({@value OkrProjectServlet#MISSING}).
 */
@Named
public class ProjectPanelContextProvider implements ContextProvider {

    static final String PROJECT_KEY = "projectKey";
    static final String PROJECT = "project";

    private final JiraAuthenticationContext authenticationContext;
    private final OkrAssessments assessments;
    private final ApplicationProperties applicationProperties;
    private final Clock clock;

    @Inject
    public ProjectPanelContextProvider(JiraAuthenticationContext authenticationContext, OkrAssessments assessments,
            ApplicationProperties applicationProperties) {
        this(authenticationContext, assessments, applicationProperties, Clock.systemDefaultZone());
    }

    ProjectPanelContextProvider(JiraAuthenticationContext authenticationContext, OkrAssessments assessments,
            ApplicationProperties applicationProperties, Clock clock) {
        this.authenticationContext = authenticationContext;
        this.assessments = assessments;
        this.applicationProperties = applicationProperties;
        this.clock = clock;
    }

    @Override
    public void init(Map<String, String> params) {
        // The panel takes no parameters from the descriptor.
    }

    @Override
    public Map<String, Object> getContextMap(Map<String, Object> context) {
        ApplicationUser user = authenticationContext.getLoggedInUser();
        Optional<String> project = projectKey(context);
        if (user == null || project.isEmpty()) {
            return Map.of(OkrProjectServlet.MISSING, true);
        }
        try {
            OkrSettings settings = assessments.settings();
            LocalDate today = LocalDate.now(clock);
            PortfolioAssessment judged = assessments.portfolio(user, settings, today);
            Optional<ProjectView> view = assessments.project(judged, project.get(), Optional.empty(), user, settings, today);
            return view.<Map<String, Object>>map(found -> Map.of(OkrProjectServlet.MISSING, false, PageResponse.MODEL,
                    ProjectPageModel.of(found, applicationProperties.getBaseUrl(UrlMode.RELATIVE), judged.snapshot().notRead())))
                    .orElse(Map.of(OkrProjectServlet.MISSING, true));
        } catch (OkrReadException e) {
            return Map.of(OkrProjectServlet.MISSING, true, PanelContextProvider.ERROR, Html.escape(e.getMessage()));
        }
    }

    /** The key of the project Jira's view shows: its {@code projectKey}, or the key of its {@code project}. */
    private static Optional<String> projectKey(Map<String, Object> context) {
        if (context.get(PROJECT_KEY) instanceof String key && !key.isBlank()) {
            return Optional.of(key);
        }
        return context.get(PROJECT) instanceof Project project ? Optional.ofNullable(project.getKey()) : Optional.empty();
    }
}
