package com.okradvisor.jira;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.okradvisor.jira.view.CoachPageModel;
import com.okradvisor.settings.OkrSettings;
import com.okradvisor.view.CsvReport;
import com.okradvisor.view.FindingFilter;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * findings the filter selects, every page of them, in the command line's CSV columns.
 *
 * <p>It answers: anonymous, 401 (the servlet carries no access annotation, so Platform 7 and 8 let
 * only licensed users reach it); a query that is no filter, 400 and every finding with the reason; an
 * export other than {@code csv}, 400; otherwise 200.
 */
@Named
public class OkrCoachServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String TEMPLATE = "templates/coach/coach.vm";
    static final String EXPORT = "export";
    static final String EXPORT_FILE_NAME = "okr-findings.csv";

    private final transient JiraAuthenticationContext authenticationContext;
    private final transient TemplateRenderer templateRenderer;
    private final transient I18nResolver i18n;
    private final transient OkrAssessments assessments;
    private final transient Clock clock;

    @Inject
    public OkrCoachServlet(JiraAuthenticationContext authenticationContext, TemplateRenderer templateRenderer,
            I18nResolver i18n, OkrAssessments assessments) {
        this(authenticationContext, templateRenderer, i18n, assessments, Clock.systemDefaultZone());
    }

    OkrCoachServlet(JiraAuthenticationContext authenticationContext, TemplateRenderer templateRenderer,
            I18nResolver i18n, OkrAssessments assessments, Clock clock) {
        this.authenticationContext = authenticationContext;
        this.templateRenderer = templateRenderer;
        this.i18n = i18n;
        this.assessments = assessments;
        this.clock = clock;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ApplicationUser user = authenticationContext.getLoggedInUser();
        if (user == null) {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        String export = request.getParameter(EXPORT);
        if (export != null && !"csv".equals(export)) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        OkrSettings settings = assessments.settings();
        PortfolioAssessment judged = assessments.portfolio(user, settings, LocalDate.now(clock));
        PortfolioSnapshot read = judged.snapshot();
        int notRead = read.objectivesNotRead() + read.keyResultsNotRead() + read.kpisNotRead();
        FindingFilter filter;
        try {
            filter = FindingFilter.parse(parameters(request), Set.of(EXPORT));
        } catch (FindingFilter.FilterException refused) {
            render(response, HttpServletResponse.SC_BAD_REQUEST,
                    CoachPageModel.refused(judged.findings(), request.getContextPath(), Messages.text(i18n, refused.text()), notRead));
            return;
        }
        if (export != null) {
            response.setStatus(HttpServletResponse.SC_OK);
            response.setContentType("text/csv;charset=UTF-8");
            response.setHeader("Content-Disposition", "attachment; filename=\"" + EXPORT_FILE_NAME + "\"");
            response.getWriter().write(CsvReport.render(judged.findings().selected(filter)));
            return;
        }
        render(response, HttpServletResponse.SC_OK,
                CoachPageModel.of(judged.findings(), filter, request.getContextPath(), notRead));
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
