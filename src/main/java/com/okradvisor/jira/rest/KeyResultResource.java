package com.okradvisor.jira.rest;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.okradvisor.intake.PropertyException;
import com.okradvisor.jira.CheckInLog;
import com.okradvisor.jira.ObjectiveAssessment;
import com.okradvisor.jira.OkrAssessments;
import com.okradvisor.jira.OkrReader;
import com.okradvisor.progress.KeyResultStanding;
import com.okradvisor.settings.OkrSettings;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import javax.inject.Inject;
import javax.inject.Named;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/**
 * {@code /rest/okr-advisor/1.0/keyresults}: a key result's standing, and its check-ins.
 *
 * <p>XSRF: the check-in POST {@code @Consumes} {@code application/json} only, so Jersey answers any
 * other content type with 415 before the method runs. A cross-site form can send only form-encoded,
 * multipart or plain-text bodies, and a page on another origin cannot send a JSON content type or an
 * {@code X-Atlassian-Token} header without a CORS preflight that Jira does not grant. Atlassian REST's
 * XSRF check covers the form content types ("REST API end points will not be affected unless they use
 * form encoding": https://developer.atlassian.com/server/jira/platform/form-token-handling/), and
 * requiring JSON is how Atlassian closed the same hole in its own resources (JRA-34744,
 * https://bitbucket.org/atlassian/atlassian-streams/pull-requests/10/jra-34744-rest-xsrf-in). The
 * check-in dialog sends {@code Content-Type: application/json} and {@code X-Atlassian-Token: no-check}.
 */
@Named
@Path("/keyresults")
@Produces(MediaType.APPLICATION_JSON)
public class KeyResultResource {

    private final VisibleIssues issues;
    private final OkrAssessments assessments;
    private final CheckInLog checkInLog;
    private final Clock clock;

    @Inject
    public KeyResultResource(VisibleIssues issues, OkrAssessments assessments, CheckInLog checkInLog) {
        this(issues, assessments, checkInLog, Clock.systemDefaultZone());
    }

    KeyResultResource(VisibleIssues issues, OkrAssessments assessments, CheckInLog checkInLog, Clock clock) {
        this.issues = issues;
        this.assessments = assessments;
        this.checkInLog = checkInLog;
        this.clock = clock;
    }

    /**
     * The key result's objective, metric, progress, check-in history and findings, as of today.
     * Anonymous callers see what Jira lets anonymous users browse. It is judged beside at most
     * {@value OkrReader#KEY_RESULTS_READ} key results and {@value OkrReader#KPIS_READ} KPIs of its
     * objective; {@code keyResultsNotRead} and {@code kpisNotRead} count those found beyond, not judged.
     * At most {@value Representations#FINDINGS_LISTED} findings are listed, the most severe first;
     * {@code findingsTotal} counts them all.
     *
     * <ul>
     * <li>404 Not Found: there is no issue {@code key}, or the caller may not browse it (Browse Projects)</li>
     * <li>404 Not Found: the issue is in no objective the caller may browse, so it is no key result</li>
     * <li>500 Internal Server Error: Jira refuses the mapping's JQL ({@link OkrReadFailureMapper})</li>
     * </ul>
     */
    @GET
    @Path("/{key}")
    @AnonymousSiteAccess
    public Response getKeyResult(@PathParam("key") String key) {
        ApplicationUser user = issues.caller();
        Issue issue = issues.browsable(key, user);
        OkrSettings settings = assessments.settings();
        return RestJson.ok(detail(issue, objectiveOf(issue, user, settings), user, settings));
    }

    /**
     * Appends a check-in by the caller, dated now, to the key result's {@code okr.checkins} and
     * answers the key result as {@link #getKeyResult} does. When the history would outgrow Jira's
     * property size limit, its oldest check-ins are dropped, whole. The read and the write run under
     * the key result's cluster lock, so check-ins made at once on two nodes are both kept.
     *
     * <ul>
     * <li>401 Unauthorized: the caller is not logged in</li>
     * <li>404 Not Found: there is no issue {@code key}, or the caller may not browse it (Browse Projects)</li>
     * <li>404 Not Found: the issue is in no objective the caller may browse, so it is no key result;
     * 404 rather than 409, because a check-in addresses the key result, and this one does not exist</li>
     * <li>403 Forbidden: the caller may browse the key result but not edit it (Edit Issues)</li>
     * <li>400 Bad Request, naming the field: the body is not a JSON object; {@code confidence} is
     * missing or not a whole number from 0 to 10; {@code value} is not a number from
     * -10<sup>12</sup> to 10<sup>12</sup> ({@link com.okradvisor.intake.OkrProperties#MAX_MAGNITUDE}); {@code note}
     * is not text or longer than 1000 characters</li>
     * <li>409 Conflict: the stored {@code okr.checkins} cannot be read; it is left as it is, not overwritten</li>
     * <li>415 Unsupported Media Type (Jersey): the body is not sent as {@code application/json}</li>
     * <li>500 Internal Server Error: Jira refuses the mapping's JQL ({@link OkrReadFailureMapper})</li>
     * </ul>
     */
    @POST
    @Path("/{key}/checkins")
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response checkIn(@PathParam("key") String key, String body) {
        ApplicationUser user = issues.loggedInCaller();
        Issue issue = issues.browsable(key, user);
        OkrSettings settings = assessments.settings();
        Issue objective = objectiveOf(issue, user, settings);
        issues.requireEditable(issue, user);
        CheckInRequest request = CheckInRequest.parse(body);
        try {
            checkInLog.append(issue, request.checkIn(LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS),
                    user.getDisplayName()));
        } catch (PropertyException e) {
            throw RestFailure.conflict("The check-ins stored on " + key + " cannot be read, so none was added: "
                    + e.getMessage());
        }
        assessments.checkedIn();
        return RestJson.ok(detail(issue, objective, user, settings));
    }

    /** @throws RestFailure 404 when {@code issue} is in no objective {@code user} may browse */
    private Issue objectiveOf(Issue issue, ApplicationUser user, OkrSettings settings) {
        return assessments.objectiveOf(issue, user, settings).orElseThrow(() -> notAKeyResult(issue));
    }

    private Representations.KeyResultDetail detail(Issue issue, Issue objective, ApplicationUser user,
            OkrSettings settings) {
        ObjectiveAssessment assessment = assessments.aroundKeyResult(issue, objective, user, settings, LocalDate.now(clock));
        KeyResultStanding keyResult = assessment.keyResult(issue.getKey()).orElseThrow(() -> notAKeyResult(issue));
        return Representations.KeyResultDetail.of(keyResult, objective.getKey(), assessment.snapshot().objective().kind(),
                assessment.snapshot().leftOut(),
                assessment.findings());
    }

    private static RestFailure notAKeyResult(Issue issue) {
        return RestFailure.notFound(issue.getKey() + " is not a key result of an objective.");
    }
}
