package com.okradvisor.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.okradvisor.advisor.AdvisorSettings;
import com.okradvisor.cli.report.HtmlReport;
import com.okradvisor.jira.view.CoachPageModel;
import com.okradvisor.plugin.PanelRenderer;
import com.okradvisor.model.Mapping;
import com.okradvisor.settings.OkrSettings;
import com.okradvisor.view.FindingFilter;
import com.okradvisor.view.FindingRow;
import com.okradvisor.view.FindingView;
import com.okradvisor.view.ObjectiveView;
import com.okradvisor.view.PortfolioView;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** The coach view: who may open it, the page its URL's filters select, the CSV and HTML exports, and a refused filter. */
class OkrCoachServletTest {

    private final FakeJira jira = new FakeJira();
    private final JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
    private final TemplateRenderer renderer = mock(TemplateRenderer.class);
    private final HttpServletRequest request = mock(HttpServletRequest.class);
    private final HttpServletResponse response = mock(HttpServletResponse.class);
    private final Map<String, String[]> query = new HashMap<>();
    private final StringWriter written = new StringWriter();
    private final MutableIssue objective = FakeJira.issue(1, "MOB-1", "Make the mobile app a joy to use");
    private final MutableIssue keyResult = FakeJira.issue(2, "MOB-2", "=HYPERLINK(\"http://evil\") <script>alert(1)</script>");
    private final MutableIssue secret = FakeJira.issue(50, "SEC-1", "Secret merger with Initech");
    private final OkrSettingsStore store = new OkrSettingsStore(new InMemoryPluginSettings(), new InMemoryClusterLocks());
    private final GroupManager groups = mock(GroupManager.class);
    private final GlobalPermissionManager globalPermissions = mock(GlobalPermissionManager.class);

    OkrCoachServletTest() throws Exception {
        jira.objective(objective).keyResults(objective, List.of(keyResult)).objective(secret).forbidden(secret)
                .link(objective, "is child of", secret)
                .portfolio(List.of(objective, secret), List.of(keyResult), List.of());
        lenient().when(authentication.getLoggedInUser()).thenReturn(jira.user);
        lenient().when(request.getParameterMap()).thenReturn(query);
        lenient().when(request.getParameter(anyString())).thenAnswer(call -> {
            String[] values = query.get(call.<String>getArgument(0));
            return values == null ? null : values[0];
        });
        lenient().when(request.getContextPath()).thenReturn("/jira");
        lenient().when(response.getWriter()).thenReturn(new PrintWriter(written));
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
    void asksToComeBackLaterWhenThisNodeIsJudgingAsManyPortfoliosAsItMay() throws Exception {
        servlet(FakeJira.busyNode()).doGet(request, response);

        verify(response).setHeader("Retry-After", Integer.toString(PortfolioBusyException.RETRY_AFTER_SECONDS));
        verify(response).sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        verify(renderer, never()).render(anyString(), any(), any());
    }

    @Test
    void refusesAUserOutsideTheCoachGroupWithAPageSayingSoAndReadsNothing() throws Exception {
        store.save(new OkrSettings(Mapping.DEFAULTS, AdvisorSettings.DEFAULTS, "okr-coaches"));

        servlet().doGet(request, response);

        verify(response).setStatus(HttpServletResponse.SC_FORBIDDEN);
        verify(renderer).render(eq(OkrCoachServlet.FORBIDDEN_TEMPLATE), eq(Map.of()), any());
        verify(renderer, never()).render(eq(OkrCoachServlet.TEMPLATE), any(), any());
        verify(jira.searchService, never()).search(any(), any(), any());
    }

    @Test
    void letsAMemberOfTheCoachGroupAndAJiraAdministratorIn() throws Exception {
        store.save(new OkrSettings(Mapping.DEFAULTS, AdvisorSettings.DEFAULTS, "okr-coaches"));
        when(groups.isUserInGroup(jira.user, "okr-coaches")).thenReturn(true);

        assertThat(rendered(HttpServletResponse.SC_OK).getPage().getTotal()).isPositive();

        when(groups.isUserInGroup(jira.user, "okr-coaches")).thenReturn(false);
        when(globalPermissions.hasPermission(any(), eq(jira.user))).thenReturn(true);
        servlet().doGet(request, response);
        verify(renderer, times(2)).render(eq(OkrCoachServlet.TEMPLATE), any(), any());
        verify(response, never()).setStatus(HttpServletResponse.SC_FORBIDDEN);
    }

    @Test
    void showsThePageTheUrlsFiltersSelectOfWhatTheUserMayBrowse() throws Exception {
        query.put("project", new String[] {"MOB"});
        query.put("group", new String[] {"objective"});

        CoachPageModel page = rendered(HttpServletResponse.SC_OK);

        assertThat(page.getPage().getTotal()).isPositive();
        assertThat(page.getPage().getRows()).extracting(FindingRow::getObjectiveKey).containsOnly("MOB-1");
        assertThat(page.getPage().getQuery()).isEqualTo("project=MOB&group=objective");
        assertThat(page.getProjects()).singleElement().satisfies(option -> {
            assertThat(option.getValueHtml()).isEqualTo("MOB");
            assertThat(option.isSelected()).isTrue();
        });
        assertThat(page.getGrouping()).isEqualTo("objective");
        assertThat(page.getContextPath()).isEqualTo("/jira");
        assertThat(page.isSlowLinks()).isFalse();
        assertThat(page.getPage().getRows()).allSatisfy(row ->
                assertThat(row.getFinding().getMessage() + row.getObjectiveTitle()).doesNotContain("Secret", "SEC-"));
    }

    @Test
    void saysWhichLinkTypesWereReadIssueByIssueAndWhatAnAdministratorCanDoAboutIt() throws Exception {
        jira.link(objective, "<b>Relates</b>", keyResult)
                .countsAll("issueLinkType in (\"<b>Relates</b>\", \"is <b>Relates</b> of\")", PortfolioLinks.TYPE_LINKS_READ + 1L);

        CoachPageModel page = rendered(HttpServletResponse.SC_OK);

        assertThat(page.isSlowLinks()).isTrue();
        assertThat(page.getSlowLinksHtml()).contains("&lt;b&gt;Relates&lt;/b&gt;", "read issue by issue", "Alignment link types")
                .doesNotContain("<b>");
    }

    @Test
    void exportsEveryPageOfTheSelectedFindingsAsCsvSafeForSpreadsheets() throws Exception {
        query.put("export", new String[] {"csv"});
        query.put("pageSize", new String[] {"1"});

        servlet().doGet(request, response);

        verify(response).setContentType("text/csv;charset=UTF-8");
        verify(response).setHeader("Content-Disposition", "attachment; filename=\"okr-findings.csv\"");
        String csv = written.toString();
        assertThat(csv).startsWith("\"rule\",\"severity\",\"issue\",\"objective\",\"kind\",\"title\",\"message\",\"remedy\"\r\n");
        assertThat(csv.split("\r\n").length).isGreaterThan(2);
        assertThat(csv).doesNotContain(",\"=HYPERLINK").doesNotContain("Secret");
    }

    @Test
    void exportsTheCommandLinesHtmlReportOfEveryPageOfTheSelectedFindingsEscaped() throws Exception {
        String rule = rendered(HttpServletResponse.SC_OK).getPage().getRows().get(0).getFinding().getRule();
        query.put("rule", new String[] {rule});
        query.put("pageSize", new String[] {"1"});
        int selected = rendered(HttpServletResponse.SC_OK).getPage().getTotal();
        query.put("export", new String[] {"html"});
        @SuppressWarnings("unchecked")
        ArgumentCaptor<Map<String, Object>> context = ArgumentCaptor.forClass(Map.class);
        doAnswer(call -> {
            call.<Writer>getArgument(2).write(new HtmlReport().render((PortfolioView) call.<Map<String, Object>>getArgument(1)
                    .get(OkrCoachServlet.REPORT_MODEL)));
            return null;
        }).when(renderer).render(eq(OkrCoachServlet.REPORT_TEMPLATE), context.capture(), any());
        clearInvocations(response);

        servlet().doGet(request, response);

        verify(response).setContentType("text/html;charset=UTF-8");
        verify(response).setHeader("Content-Disposition", "attachment; filename=\"okr-findings.html\"");
        PortfolioView report = (PortfolioView) context.getValue().get(OkrCoachServlet.REPORT_MODEL);
        assertThat(report.getFindings()).hasSize(selected).extracting(FindingView::getRule).containsOnly(rule);
        assertThat(report.getObjectives()).extracting(ObjectiveView::getKey).containsExactly("MOB-1");
        assertThat(report.getAsOf()).isEqualTo("2026-05-04");
        String html = written.toString();
        assertThat(html).startsWith("<!DOCTYPE html>").contains("id=\"objective-MOB-1\"", "data-rule=\"" + rule + "\"")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>", "Secret", "SEC-1");
    }

    @Test
    void showsEveryFindingWithTheReasonWhenTheUrlHoldsAFilterThatIsNone() throws Exception {
        query.put("severity", new String[] {"<b>urgent</b>"});

        CoachPageModel page = rendered(HttpServletResponse.SC_BAD_REQUEST);

        assertThat(page.getErrorHtml()).startsWith("severity must be CRITICAL, MAJOR, MINOR or INFO, not &quot;&lt;b&gt;urgent");
        assertThat(page.isRefused()).isTrue();
        assertThat(page.getPage().filter()).isEqualTo(FindingFilter.ALL);
    }

    @Test
    void refusesAnExportItDoesNotMake() throws Exception {
        query.put("export", new String[] {"xlsx"});

        servlet().doGet(request, response);

        verify(response).sendError(HttpServletResponse.SC_BAD_REQUEST);
    }

    /** The page the servlet renders for the query as it stands, answered with {@code status}. */
    private CoachPageModel rendered(int status) throws Exception {
        clearInvocations(renderer, response);
        servlet().doGet(request, response);
        verify(response).setStatus(status);
        @SuppressWarnings("unchecked")
        ArgumentCaptor<Map<String, Object>> context = ArgumentCaptor.forClass(Map.class);
        verify(renderer).render(eq(OkrCoachServlet.TEMPLATE), context.capture(), any());
        return (CoachPageModel) context.getValue().get(PageResponse.MODEL);
    }

    private OkrCoachServlet servlet() {
        return servlet(jira.assessments(store));
    }

    private OkrCoachServlet servlet(OkrAssessments assessments) {
        return new OkrCoachServlet(authentication, renderer, new PanelRenderer.Texts(), assessments,
                new CoachAccess(groups, globalPermissions), Clock.fixed(Instant.parse("2026-05-04T10:15:30Z"), ZoneOffset.UTC));
    }
}
