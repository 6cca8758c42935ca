package com.okradvisor.jira;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.okradvisor.jira.view.CoachPageModel;
import com.okradvisor.settings.OkrSettings;
import com.okradvisor.text.Message;
import com.okradvisor.view.CsvReport;
import com.okradvisor.view.FindingFilter;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.inject.Inject;
import javax.inject.Named;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * The coach view ({@code /plugins/servlet/okr-advisor/coach}, in the top navigation): every finding on
 * what the user may browse, judged together, filtered, grouped and paged by the URL's query
 * ({@link FindingFilter}), so a view can be bookmarked and shared. {@code export=csv} downloads the
 * findings the filter selects, every page of them, in the command line's CSV columns; {@code export=html}
 * downloads the command line's self-contained HTML report of them ({@code templates/report.vm}, rendered
 * by Jira's template renderer, which escapes every reference but {@code …Html} ones as the command line's
 * engine does), with the objectives and KPIs they are on ({@link OkrAssessments#report}).
 *
 * <p>It answers: anonymous, 401 (the servlet carries no access annotation, so Platform 7 and 8 let
 * only licensed users reach it); a user outside the coach group ({@link CoachAccess}), 403 with a page
 * saying so; an export other than {@code csv} or {@code html}, 400; a query that is no filter, 400 and
 * every finding with the reason; this node judging as many portfolios as it may
 * ({@link PortfolioBusyException}), 503 with {@code Retry-After}; otherwise 200.
 */
@Named
public class OkrCoachServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String TEMPLATE = "templates/coach/coach.vm";
    static final String EXPORT = "export";
    static final String FORBIDDEN_TEMPLATE = "templates/coach/forbidden.vm";
    /** The command line's HTML report, which the HTML export renders; it needs {@value #REPORT_MODEL}. */
    static final String REPORT_TEMPLATE = "templates/report.vm";
    static final String REPORT_MODEL = "report";
    static final String CSV = "csv";
    static final String HTML = "html";

    private final transient JiraAuthenticationContext authenticationContext;
    private final transient TemplateRenderer templateRenderer;
    private final transient I18nResolver i18n;
    private final transient OkrAssessments assessments;
    private final transient CoachAccess access;
    private final transient Clock clock;

    @Inject
    public OkrCoachServlet(JiraAuthenticationContext authenticationContext, TemplateRenderer templateRenderer,
            I18nResolver i18n, OkrAssessments assessments, CoachAccess access) {
        this(authenticationContext, templateRenderer, i18n, assessments, access, Clock.systemDefaultZone());
    }

    OkrCoachServlet(JiraAuthenticationContext authenticationContext, TemplateRenderer templateRenderer,
            I18nResolver i18n, OkrAssessments assessments, CoachAccess access, Clock clock) {
        this.authenticationContext = authenticationContext;
        this.templateRenderer = templateRenderer;
        this.i18n = i18n;
        this.assessments = assessments;
        this.access = access;
        this.clock = clock;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ApplicationUser user = authenticationContext.getLoggedInUser();
        if (user == null) {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        OkrSettings settings = assessments.settings();
        if (access.of(user, settings) != CoachAccess.Verdict.ALLOWED) {
            PageResponse.start(response, HttpServletResponse.SC_FORBIDDEN);
            templateRenderer.render(FORBIDDEN_TEMPLATE, Map.of(), response.getWriter());
            return;
        }
        String export = request.getParameter(EXPORT);
        if (export != null && !CSV.equals(export) && !HTML.equals(export)) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        LocalDate asOf = LocalDate.now(clock);
        Optional<PortfolioAssessment> read = PageResponse.judged(response, () -> assessments.portfolio(user, settings, asOf));
        if (read.isEmpty()) {
            return;
        }
        PortfolioAssessment judged = read.get();
        CoachPageModel.Read about = new CoachPageModel.Read(judged.snapshot().notRead(), slowLinks(judged.snapshot()));
        FindingFilter filter;
        try {
            filter = FindingFilter.parse(parameters(request), Set.of(EXPORT));
        } catch (FindingFilter.FilterException refused) {
            render(response, HttpServletResponse.SC_BAD_REQUEST,
                    CoachPageModel.refused(judged.findings(), request.getContextPath(), Messages.text(i18n, refused.text()), about));
            return;
        }
        if (CSV.equals(export)) {
            download(response, "text/csv", "okr-findings.csv");
            response.getWriter().write(CsvReport.render(judged.findings().selected(filter)));
            return;
        }
        if (HTML.equals(export)) {
            download(response, "text/html", "okr-findings.html");
            templateRenderer.render(REPORT_TEMPLATE, Map.of(REPORT_MODEL, assessments.report(judged, filter, asOf)),
                    response.getWriter());
            return;
        }
        render(response, HttpServletResponse.SC_OK,
                CoachPageModel.of(judged.findings(), filter, request.getContextPath(), about));
    }

    /** Why reading {@code snapshot} was slow, in the viewer's language: the link types read issue by issue; empty when none was. */
    private String slowLinks(PortfolioSnapshot snapshot) {
        List<String> types = snapshot.linkTypesReadIssueByIssue();
        return types.isEmpty() ? "" : Messages.text(i18n, Message.of("okr.coach.slowLinks", String.join(", ", types)));
    }

    private static void download(HttpServletResponse response, String type, String fileName) {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(type + ";charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
    }

    private void render(HttpServletResponse response, int status, CoachPageModel page) throws IOException {
        PageResponse.render(templateRenderer, response, status, TEMPLATE, page);
    }

    private static Map<String, List<String>> parameters(HttpServletRequest request) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> parameters.put(name, List.of(values)));
        return parameters;
    }
}
