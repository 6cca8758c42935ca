package com.okradvisor.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.okradvisor.jira.view.CoachPageModel;
import com.okradvisor.jira.view.ProjectPageModel;
import com.okradvisor.model.Mapping;
import com.okradvisor.view.AlignedObjective;
import com.okradvisor.view.FindingView;
import com.okradvisor.view.ProjectObjective;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/**
 * The project OKR page: who may open it, which project and cycle its URL selects, and what a user who
 * may browse only some projects sees of the others (counts, never a key or a summary). As of
 * 2026-05-04, in 2026-Q2: MOB-1 and MOB-9 are due then, MOB-30 in 2026-Q3; MOB-1 is aligned to GRO-1
 * (visible) and to SEC-1 (hidden), MOB-9 and the hidden MOB-50 are aligned to MOB-1.
 */
class OkrProjectServletTest {

    private static final String MOB_OBJECTIVES = "project = \"MOB\" AND (" + Mapping.DEFAULTS.objectiveJql() + ")";

    private final FakeJira jira = new FakeJira();
    private final JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
    private final TemplateRenderer renderer = mock(TemplateRenderer.class);
    private final HttpServletRequest request = mock(HttpServletRequest.class);
    private final HttpServletResponse response = mock(HttpServletResponse.class);
    private final MutableIssue objective = FakeJira.issue(1, "MOB-1", "Make the mobile app a joy to use");
    private final MutableIssue keyResult = FakeJira.issue(2, "MOB-2", "Raise the rating <script>alert(1)</script> from 3.5 to 4.5");
    private final MutableIssue child = FakeJira.issue(9, "MOB-9", "Ship the tablet layout");
    private final MutableIssue later = FakeJira.issue(30, "MOB-30", "Open the Android beta");
    private final MutableIssue parent = FakeJira.issue(40, "GRO-1", "Grow revenue");
    private final MutableIssue hiddenChild = FakeJira.issue(50, "MOB-50", "Secret acquisition of a rival app");
    private final MutableIssue hiddenParent = FakeJira.issue(51, "SEC-1", "Secret merger with Initech");

    OkrProjectServletTest() throws Exception {
        lenient().when(later.getDueDate()).thenReturn(Timestamp.valueOf(LocalDate.of(2026, 8, 31).atStartOfDay()));
        jira.objective(objective).keyResults(objective, List.of(keyResult)).objective(child).objective(later).objective(parent)
                .objective(hiddenChild).forbidden(hiddenChild).objective(hiddenParent).forbidden(hiddenParent)
                .link(objective, "is child of", parent).link(objective, "is child of", hiddenParent)
                .link(child, "is child of", objective).link(hiddenChild, "is child of", objective)
                .portfolio(List.of(parent, objective, child, later, hiddenChild, hiddenParent), List.of(keyResult), List.of())
                .countsAll(MOB_OBJECTIVES, 4);
        lenient().when(authentication.getLoggedInUser()).thenReturn(jira.user);
        lenient().when(request.getContextPath()).thenReturn("/jira");
        lenient().when(response.getWriter()).thenReturn(new PrintWriter(new StringWriter()));
        at("MOB");
    }

    @AfterEach
    void closeJira() {
        jira.close();
    }

    @Test
    void refusesAnAnonymousVisitor() throws Exception {
        when(authentication.getLoggedInUser()).thenReturn(null);

        servlet().doGet(request, response);

        verify(response).sendError(HttpServletResponse.SC_UNAUTHORIZED);
        verify(renderer, never()).render(anyString(), any(), any());
    }

    @Test
    void showsTheCurrentCycleByDefaultWithEachObjectivesCardAndAlignment() throws Exception {
        ProjectPageModel page = rendered(HttpServletResponse.SC_OK);

        assertThat(page.getProject()).isEqualTo("MOB");
        assertThat(page.getCycle()).isEqualTo("2026-Q2");
        assertThat(page.isRefused()).isFalse();
        assertThat(page.getContextPath()).isEqualTo("/jira");
        assertThat(page.getCycles()).extracting(CoachPageModel.Option::getValueHtml).containsExactly("2026-Q2", "2026-Q3");
        assertThat(page.getCycles()).extracting(CoachPageModel.Option::isSelected).containsExactly(true, false);
        assertThat(page.getObjectives()).extracting(card -> card.getEntry().getObjective().getKey()).containsExactly("MOB-1", "MOB-9");
        ProjectObjective first = page.getObjectives().get(0).getEntry();
        assertThat(first.getObjective().getKind()).isEqualTo("unknown");
        assertThat(first.getObjective().getHealth()).isEqualTo("on-track");
        assertThat(first.getObjective().getKeyResults()).singleElement()
                .satisfies(keyResult -> assertThat(keyResult.getTitleHtml()).contains("&lt;script&gt;").doesNotContain("<script>"));
        assertThat(first.getSeverityCounts()).extracting(count -> count.getSeverity()).containsExactly("CRITICAL", "MAJOR", "MINOR", "INFO");
        assertThat(first.getParents()).extracting(AlignedObjective::getKey).containsExactly("GRO-1");
        assertThat(first.getChildren()).extracting(AlignedObjective::getKey).containsExactly("MOB-9");
    }

    @Test
    void countsHiddenObjectivesParentsAndChildrenWithoutNamingThem() throws Exception {
        ProjectPageModel page = rendered(HttpServletResponse.SC_OK);

        assertThat(page.getHiddenObjectives()).isEqualTo(1);
        ProjectObjective first = page.getObjectives().get(0).getEntry();
        assertThat(first.getHiddenParents()).isEqualTo(1);
        assertThat(first.getHiddenChildren()).isEqualTo(1);
        assertThat(page.getObjectives().get(1).getEntry().getHiddenParents()).isZero();
        assertThat(everyText(page)).doesNotContain("Secret", "SEC-1", "MOB-50", "Initech");
    }

    @Test
    void showsTheCycleTheUrlAsksForAndAnEmptyCycleWithTheCyclesToChooseFrom() throws Exception {
        when(request.getParameter(OkrProjectServlet.CYCLE)).thenReturn("2026-Q3");

        ProjectPageModel page = rendered(HttpServletResponse.SC_OK);

        assertThat(page.getCycle()).isEqualTo("2026-Q3");
        assertThat(page.getObjectives()).extracting(card -> card.getEntry().getObjective().getKey()).containsExactly("MOB-30");

        when(request.getParameter(OkrProjectServlet.CYCLE)).thenReturn("2025-Q1");
        ProjectPageModel empty = renderedAgain();
        assertThat(empty.getHasObjectives()).isFalse();
        assertThat(empty.getCycles()).extracting(CoachPageModel.Option::getValueHtml).containsExactly("2025-Q1", "2026-Q2", "2026-Q3");
    }

    @Test
    void refusesACycleThatIsNoneWithTheCurrentCyclesPageQuotingItEscaped() throws Exception {
        when(request.getParameter(OkrProjectServlet.CYCLE)).thenReturn("<b>Q2</b>\u001b[2J");

        ProjectPageModel page = rendered(HttpServletResponse.SC_BAD_REQUEST);

        assertThat(page.isRefused()).isTrue();
        assertThat(page.getRefusedCycleHtml()).isEqualTo("&lt;b&gt;Q2&lt;/b&gt;\uFFFD[2J");
        assertThat(page.getCycle()).isEqualTo("2026-Q2");
    }

    @Test
    void asksToComeBackLaterWhenThisNodeIsJudgingAsManyPortfoliosAsItMay() throws Exception {
        servlet(FakeJira.busyNode()).doGet(request, response);

        verify(response).setHeader("Retry-After", Integer.toString(PortfolioBusyException.RETRY_AFTER_SECONDS));
        verify(response).sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        verify(renderer, never()).render(anyString(), any(), any());
    }

    @Test
    void answersAProjectThatDoesNotExistAndOneTheUserMayNotBrowseAlike() throws Exception {
        for (String project : List.of("NOPE", "SEC", "MOB/../SEC", "")) {
            HttpServletResponse answer = mock(HttpServletResponse.class);
            at(project);

            servlet().doGet(request, answer);

            verify(answer).sendError(HttpServletResponse.SC_NOT_FOUND);
        }
        verify(renderer, never()).render(anyString(), any(), any());
    }

    @Test
    void readsTheProjectKeyAtTheEndOfItsPath() {
        assertThat(OkrProjectServlet.projectKey("/jira/plugins/servlet/okr-advisor/project/MOB")).contains("MOB");
        assertThat(OkrProjectServlet.projectKey("/plugins/servlet/okr-advisor/project/MOB_2")).contains("MOB_2");
        assertThat(OkrProjectServlet.projectKey("/plugins/servlet/okr-advisor/project/MOB/extra")).isEmpty();
        assertThat(OkrProjectServlet.projectKey("/plugins/servlet/okr-advisor/project/%3Cb%3E")).isEmpty();
        assertThat(OkrProjectServlet.projectKey(null)).isEmpty();
    }

    private void at(String project) {
        when(request.getRequestURI()).thenReturn("/jira" + OkrProjectServlet.PATH + project);
    }

    /** Every text the page shows about objectives, key results, alignment and findings. */
    private static String everyText(ProjectPageModel page) {
        return page.getObjectives().stream().flatMap(card -> Stream.concat(
                Stream.of(card.getEntry().getObjective().getTitle()),
                Stream.concat(Stream.concat(card.getEntry().getParents().stream(), card.getEntry().getChildren().stream())
                                .map(aligned -> aligned.getKey() + aligned.getTitle()),
                        Stream.concat(card.getEntry().getObjective().getFindings().stream(), card.getFindings().stream())
                                .map(FindingView::getMessage))))
                .reduce("", String::concat);
    }

    private ProjectPageModel rendered(int status) throws Exception {
        servlet().doGet(request, response);
        verify(response).setStatus(status);
        return lastRendered(1);
    }

    /** The second page the servlet rendered in a test. */
    private ProjectPageModel renderedAgain() throws Exception {
        servlet().doGet(request, response);
        return lastRendered(2);
    }

    private ProjectPageModel lastRendered(int renders) throws Exception {
        @SuppressWarnings("unchecked")
        ArgumentCaptor<Map<String, Object>> context = ArgumentCaptor.forClass(Map.class);
        verify(renderer, times(renders)).render(eq(OkrProjectServlet.TEMPLATE), context.capture(), any());
        return (ProjectPageModel) context.getValue().get(PageResponse.MODEL);
    }

    private OkrProjectServlet servlet() {
        return servlet(jira.assessments());
    }

    private OkrProjectServlet servlet(OkrAssessments assessments) {
        return new OkrProjectServlet(authentication, renderer, assessments, Clock.fixed(Instant.parse("2026-05-04T10:15:30Z"), ZoneOffset.UTC));
    }
}
