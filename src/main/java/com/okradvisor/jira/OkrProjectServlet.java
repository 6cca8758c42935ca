package com.okradvisor.jira;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.okradvisor.jira.view.ProjectPageModel;
import com.okradvisor.settings.OkrSettings;
import com.okradvisor.view.ProjectView;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.inject.Inject;
import javax.inject.Named;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * The project OKR page ({@code /plugins/servlet/okr-advisor/project/KEY?cycle=2026-Q2}, linked from
 * the project sidebar): the project's objectives in a cycle, the current one by default, judged with
 * the whole portfolio the user may browse, exactly as {@code GET /projects/{key}/objectives} answers
 * them ({@link OkrAssessments#project}). The cycle is a query parameter chosen by a plain GET form, so
 * the page can be bookmarked and shared and works without script.
 *
 * <p>It answers: anonymous, 401 (the servlet carries no access annotation, so Platform 7 and 8 let
 * only licensed users reach it); a project that does not exist, that the user may not browse or in
 * which they may browse no objective, 404, the same answer for all three, so it reveals nothing; a
 * cycle that is none, 400 and the current cycle's page saying so; this node judging as many
 * portfolios as it may ({@link PortfolioBusyException}), 503 with {@code Retry-After}; otherwise 200.
 */
@Named
public class OkrProjectServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String TEMPLATE = "templates/project/project.vm";
    /** The page's content, which the project sidebar's web-panel renders too. */
    static final String BODY_TEMPLATE = "templates/project/project-body.vm";
    /** Whether the viewer may browse no objective of the project: the content then says so. */
    static final String MISSING = "okrMissing";
    /** The content rendered, which the page puts inside Jira's layout. */
    static final String BODY = "okrBodyHtml";
    /** Where the servlet is served, the project's key after it ({@code atlassian-plugin.xml}). */
    static final String PATH = "/plugins/servlet/okr-advisor/project/";
    static final String CYCLE = "cycle";
    /** A project key as Jira allows one to be configured: a letter, then letters, digits or underscores. */
    private static final Pattern PROJECT_KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,254}");

    private final transient JiraAuthenticationContext authenticationContext;
    private final transient TemplateRenderer templateRenderer;
    private final transient OkrAssessments assessments;
    private final transient Clock clock;

    @Inject
    public OkrProjectServlet(JiraAuthenticationContext authenticationContext, TemplateRenderer templateRenderer,
            OkrAssessments assessments) {
        this(authenticationContext, templateRenderer, assessments, Clock.systemDefaultZone());
    }

    OkrProjectServlet(JiraAuthenticationContext authenticationContext, TemplateRenderer templateRenderer,
            OkrAssessments assessments, Clock clock) {
        this.authenticationContext = authenticationContext;
        this.templateRenderer = templateRenderer;
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
        Optional<String> project = projectKey(request.getRequestURI());
        if (project.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String cycleParameter = request.getParameter(CYCLE);
        Optional<String> cycle;
        boolean refused = false;
        try {
            cycle = OkrAssessments.cycleAsked(cycleParameter);
        } catch (IllegalArgumentException noCycle) {
            cycle = Optional.empty();
            refused = true;
        }
        OkrSettings settings = assessments.settings();
        LocalDate today = LocalDate.now(clock);
        Optional<PortfolioAssessment> read = PageResponse.judged(response, () -> assessments.portfolio(user, settings, today));
        if (read.isEmpty()) {
            return;
        }
        PortfolioAssessment judged = read.get();
        Optional<ProjectView> view = assessments.project(judged, project.get(), cycle, user, settings, today);
        if (view.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        int notRead = judged.snapshot().notRead();
        String contextPath = request.getContextPath();
        if (refused) {
            render(response, HttpServletResponse.SC_BAD_REQUEST, ProjectPageModel.refused(view.get(), contextPath, cycleParameter, notRead));
        } else {
            render(response, HttpServletResponse.SC_OK, ProjectPageModel.of(view.get(), contextPath, notRead));
        }
    }

    /** The project key the request's path ends with, when it is one. */
    static Optional<String> projectKey(String requestUri) {
        int at = requestUri == null ? -1 : requestUri.lastIndexOf(PATH);
        return at < 0 ? Optional.empty()
                : Optional.of(requestUri.substring(at + PATH.length())).filter(key -> PROJECT_KEY.matcher(key).matches());
    }

    private void render(HttpServletResponse response, int status, ProjectPageModel page) throws IOException {
        PageResponse.start(response, status);
        page(templateRenderer, page, response.getWriter());
    }

    /**
     * The page of {@code page}: its content rendered as the project sidebar's web-panel renders it, then put
     * inside Jira's layout.
     */
    public static void page(TemplateRenderer renderer, ProjectPageModel page, Writer out) throws IOException {
        StringWriter body = new StringWriter();
        renderer.render(BODY_TEMPLATE, Map.of(PageResponse.MODEL, page, MISSING, false), body);
        renderer.render(TEMPLATE, Map.of(PageResponse.MODEL, page, BODY, body.toString()), out);
    }
}
