package com.okradvisor.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.okradvisor.jira.view.ProjectPageModel;
import com.okradvisor.model.Mapping;
import com.okradvisor.plugin.PanelRenderer;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The project OKR page inside Jira's project-centric view: the web-panel the sidebar's item opens takes
 * the project from the view's context, shows its current cycle as the servlet's page does, links from
 * Jira's context path, and says so, naming nothing, when the viewer may browse none of its objectives.
 */
class ProjectPanelContextProviderTest {

    private final FakeJira jira = new FakeJira();
    private final JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
    private final ApplicationProperties applicationProperties = mock(ApplicationProperties.class);
    private final MutableIssue objective = FakeJira.issue(1, "MOB-1", "Make the mobile app a joy to use");
    private final MutableIssue keyResult = FakeJira.issue(2, "MOB-2", "Raise the rating <script>alert(1)</script> from 3.5 to 4.5");
    private final MutableIssue secret = FakeJira.issue(51, "SEC-1", "Secret merger with Initech");

    ProjectPanelContextProviderTest() throws Exception {
        jira.objective(objective).keyResults(objective, List.of(keyResult)).objective(secret).forbidden(secret)
                .portfolio(List.of(objective, secret), List.of(keyResult), List.of())
                .countsAll("project = \"MOB\" AND (" + Mapping.DEFAULTS.objectiveJql() + ")", 1)
                .countsAll("project = \"SEC\" AND (" + Mapping.DEFAULTS.objectiveJql() + ")", 1);
        when(authentication.getLoggedInUser()).thenReturn(jira.user);
        when(applicationProperties.getBaseUrl(UrlMode.RELATIVE)).thenReturn("/jira");
    }

    @AfterEach
    void closeJira() {
        jira.close();
    }

    @Test
    void showsTheProjectOfTheViewInTheCurrentCycleLinkedFromJirasContextPath() {
        Map<String, Object> context = provider().getContextMap(Map.of(ProjectPanelContextProvider.PROJECT_KEY, "MOB"));

        ProjectPageModel page = (ProjectPageModel) context.get(PageResponse.MODEL);
        assertThat(context).containsEntry(OkrProjectServlet.MISSING, false);
        assertThat(page.getProject()).isEqualTo("MOB");
        assertThat(page.getCycle()).isEqualTo("2026-Q2");
        assertThat(page.getContextPath()).isEqualTo("/jira");

        String html = new PanelRenderer().render(OkrProjectServlet.BODY_TEMPLATE, context);
        assertThat(html).contains("href=\"/jira/browse/MOB-1\"", "action=\"/jira/plugins/servlet/okr-advisor/project/MOB\"",
                "&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)");
    }

    @Test
    void takesTheProjectFromTheViewsProjectWhenNoKeyIsGiven() {
        Project project = () -> "MOB";

        Map<String, Object> context = provider().getContextMap(Map.of(ProjectPanelContextProvider.PROJECT, project));

        assertThat(((ProjectPageModel) context.get(PageResponse.MODEL)).getProject()).isEqualTo("MOB");
    }

    @Test
    void saysSoNamingNothingWhenTheViewerMayBrowseNoObjectiveOfTheProjectOrIsAnonymous() {
        Map<String, Object> hidden = provider().getContextMap(Map.of(ProjectPanelContextProvider.PROJECT_KEY, "SEC"));
        when(authentication.getLoggedInUser()).thenReturn(null);
        Map<String, Object> anonymous = provider().getContextMap(Map.of(ProjectPanelContextProvider.PROJECT_KEY, "MOB"));

        for (Map<String, Object> context : List.of(hidden, anonymous)) {
            assertThat(context).containsExactly(Map.entry(OkrProjectServlet.MISSING, true));
            assertThat(new PanelRenderer().render(OkrProjectServlet.BODY_TEMPLATE, context))
                    .contains("okr-project-empty", "No objectives of this project that you may browse.")
                    .doesNotContain("SEC-1").doesNotContain("Secret");
        }
    }

    @Test
    void saysWhenToComeBackWhenThisNodeIsJudgingAsManyPortfoliosAsItMay() {
        Map<String, Object> context = provider(FakeJira.busyNode()).getContextMap(Map.of(ProjectPanelContextProvider.PROJECT_KEY, "MOB"));

        assertThat(new PanelRenderer().render(OkrProjectServlet.BODY_TEMPLATE, context))
                .contains("try again in " + PortfolioBusyException.RETRY_AFTER_SECONDS + " seconds");
    }

    private ProjectPanelContextProvider provider() {
        return provider(jira.assessments());
    }

    private ProjectPanelContextProvider provider(OkrAssessments assessments) {
        return new ProjectPanelContextProvider(authentication, assessments, applicationProperties,
                Clock.fixed(Instant.parse("2026-05-04T10:15:30Z"), ZoneOffset.UTC));
    }
}
