package com.okradvisor.jira.rest;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.okradvisor.jira.OkrAssessments;
import com.okradvisor.jira.PortfolioAssessment;
import com.okradvisor.settings.OkrSettings;
import com.okradvisor.view.ProjectView;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Named;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/** {@code /rest/okr-advisor/1.0/projects}: a project's objectives for a cycle, as the caller may see them. */
@Named
@Path("/projects")
@Produces(MediaType.APPLICATION_JSON)
public class ProjectResource {

    private final VisibleIssues issues;
    private final OkrAssessments assessments;
    private final Clock clock;

    @Inject
    public ProjectResource(VisibleIssues issues, OkrAssessments assessments) {
        this(issues, assessments, Clock.systemDefaultZone());
    }

    ProjectResource(VisibleIssues issues, OkrAssessments assessments, Clock clock) {
        this.issues = issues;
        this.assessments = assessments;
        this.clock = clock;
    }

    /**
     * The project's objectives in {@code cycle} (default: the cycle of today), judged with the whole
     * portfolio the caller may browse: each with progress, expected progress, health, key results, its
     * findings counted per severity, and the alignment around it (parents in any project, children),
     * objectives only the caller may browse, those they may not counted ({@code hiddenParents},
     * {@code hiddenChildren}); {@code hiddenObjectives} counts the project's objectives
     * they may not, in any cycle, never named. {@code cycles} lists the cycles the project's objectives
     * fall in.
     *
     * <ul>
     * <li>400 Bad Request: {@code cycle} is not a cycle's label ({@code 2026-Q2}, {@code FY2027-Q1})</li>
     * <li>404 Not Found: the caller may browse no objective of project {@code key}: it does not exist,
     *     they may not browse it, or it has none (the same answer, so nothing hidden is revealed)</li>
     * <li>500 Internal Server Error: Jira refuses the mapping's JQL ({@link OkrReadFailureMapper})</li>
     * <li>503 Service Unavailable: this node is judging as many portfolios as it may at once; ask again
     *     after the {@code Retry-After} seconds ({@link PortfolioBusyMapper})</li>
     * </ul>
     */
    @GET
    @Path("/{key}/objectives")
    @AnonymousSiteAccess
    public Response getObjectives(@PathParam("key") String key, @QueryParam("cycle") String cycle) {
        Optional<String> asked;
        try {
            asked = OkrAssessments.cycleAsked(cycle);
        } catch (IllegalArgumentException refused) {
            throw RestFailure.badRequest("cycle", refused.getMessage());
        }
        ApplicationUser user = issues.caller();
        OkrSettings settings = assessments.settings();
        LocalDate today = LocalDate.now(clock);
        PortfolioAssessment judged = assessments.portfolio(user, settings, today);
        ProjectView view = assessments.project(judged, key, asked, user, settings, today)
                .orElseThrow(() -> RestFailure.notFound("No project " + key + " with objectives you may browse."));
        return RestJson.ok(PortfolioRepresentations.ProjectObjectives.of(view));
    }
}
