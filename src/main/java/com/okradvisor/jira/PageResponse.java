package com.okradvisor.jira;

import com.atlassian.templaterenderer.TemplateRenderer;
import java.io.IOException;
import java.util.Map;
import javax.servlet.http.HttpServletResponse;

/** How the app's servlet pages answer with a page: a status, HTML in UTF-8, a template given its model as {@code okr}. */
final class PageResponse {

    /** The name under which a page's template finds its model. */
    static final String MODEL = "okr";

    private PageResponse() {
    }

    static void render(TemplateRenderer renderer, HttpServletResponse response, int status, String template, Object model)
            throws IOException {
        start(response, status);
        renderer.render(template, Map.of(MODEL, model), response.getWriter());
    }

    /**
     * This node is judging as many portfolios as it may ({@link PortfolioBusyException}): 503 and when
     * to ask again, as Jira's own error page.
     */
    static void busy(HttpServletResponse response) throws IOException {
        response.setHeader("Retry-After", Integer.toString(PortfolioBusyException.RETRY_AFTER_SECONDS));
        response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    }

    /** Answers with {@code status} and an HTML page to follow. */
    static void start(HttpServletResponse response, int status) {
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
    }
}
