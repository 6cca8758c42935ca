package com.okradvisor.jira;

import com.atlassian.templaterenderer.TemplateRenderer;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
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
     * The portfolio {@code judge} judges; or, when this node is judging as many as it may
     * ({@link PortfolioBusyException}), none, once {@code response} says 503 and when to ask again, as
     * Jira's own error page.
     */
    static Optional<PortfolioAssessment> judged(HttpServletResponse response, Supplier<PortfolioAssessment> judge)
            throws IOException {
        try {
            return Optional.of(judge.get());
        } catch (PortfolioBusyException busy) {
            response.setHeader("Retry-After", Integer.toString(PortfolioBusyException.RETRY_AFTER_SECONDS));
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return Optional.empty();
        }
    }

    /** Answers with {@code status} and an HTML page to follow. */
    static void start(HttpServletResponse response, int status) {
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
    }
}
