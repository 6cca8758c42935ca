package com.okradvisor.jira.rest;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.okradvisor.jira.ObjectiveAssessment;
import com.okradvisor.jira.ObjectiveSnapshot;
import com.okradvisor.jira.OkrAssessments;
import com.okradvisor.jira.OkrReader;
import com.okradvisor.settings.OkrSettings;
import java.time.Clock;
import java.time.LocalDate;
import javax.inject.Inject;
import javax.inject.Named;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/** {@code /rest/okr-advisor/1.0/objectives}: an objective's standing, as the caller may see it. */
@Named
@Path("/objectives")
@Produces(MediaType.APPLICATION_JSON)
public class ObjectiveResource {

    private final VisibleIssues issues;
    private final OkrAssessments assessments;
    private final Clock clock;

    @Inject
    public ObjectiveResource(VisibleIssues issues, OkrAssessments assessments) {
        this(issues, assessments, Clock.systemDefaultZone());
    }

    ObjectiveResource(VisibleIssues issues, OkrAssessments assessments, Clock clock) {
        this.issues = issues;
        this.assessments = assessments;
        this.clock = clock;
    }

    /**
     * The objective's cycle, progress, expected progress, health and score, its key results with their
     * progress (those the caller may not browse are counted in {@code hiddenKeyResults}, never named),
     * its linked KPIs and the rules' findings, as of today. Anonymous callers see what Jira lets
     * anonymous users browse. At most {@value OkrReader#KEY_RESULTS_READ} key results and
     * {@value OkrReader#KPIS_READ} KPIs are read and judged; {@code keyResultsNotRead} and
     * {@code kpisNotRead} count those found beyond, not judged. At most
     * {@value Representations#FINDINGS_LISTED} findings are listed, the most severe first;
     * {@code findingsTotal} counts them all.
     *
     * <ul>
     * <li>404 Not Found: there is no issue {@code key}, or the caller may not browse it (Browse Projects)</li>
     * <li>404 Not Found: the issue is not an objective (the mapping's objective JQL does not select it)</li>
     * <li>500 Internal Server Error: Jira refuses the mapping's JQL ({@link OkrReadFailureMapper})</li>
     * </ul>
     */
    @GET
    @Path("/{key}")
    @AnonymousSiteAccess
    public Response getObjective(@PathParam("key") String key) {
        ApplicationUser user = issues.caller();
        Issue issue = issues.browsable(key, user);
        OkrSettings settings = assessments.settings();
        if (!assessments.isObjective(issue, user, settings)) {
            throw RestFailure.notFound(key + " is not an objective.");
        }
        ObjectiveAssessment assessment = assessments.objective(issue, user, settings, LocalDate.now(clock));
        ObjectiveSnapshot snapshot = assessment.snapshot();
        return RestJson.ok(Representations.ObjectiveStanding.of(assessment.standing(), key,
                snapshot.objective().issue().summary(), snapshot.objective().kind(), snapshot.leftOut(), snapshot.kpis(),
                assessment.findings()));
    }
}
