package com.okradvisor.jira.rest;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.okradvisor.jira.CoachAccess;
import com.okradvisor.jira.OkrAssessments;
import com.okradvisor.jira.PortfolioAssessment;
import com.okradvisor.settings.OkrSettings;
import com.okradvisor.view.FindingFilter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import javax.inject.Inject;
import javax.inject.Named;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

/**
 * {@code /rest/okr-advisor/1.0/findings}: every finding on what the caller may browse, filtered and paged;
 * the coach view's data, so only those who may open the coach view may call it ({@link CoachAccess}).
 */
@Named
@Path("/findings")
@Produces(MediaType.APPLICATION_JSON)
public class FindingResource {

    private final VisibleIssues issues;
    private final OkrAssessments assessments;
    private final CoachAccess access;
    private final Clock clock;

    @Inject
    public FindingResource(VisibleIssues issues, OkrAssessments assessments, CoachAccess access) {
        this(issues, assessments, access, Clock.systemDefaultZone());
    }

    FindingResource(VisibleIssues issues, OkrAssessments assessments, CoachAccess access, Clock clock) {
        this.issues = issues;
        this.assessments = assessments;
        this.access = access;
        this.clock = clock;
    }

    /**
     * One page of the findings of a judgement, as of today, of every objective, key result and KPI the
     * caller may browse, with the count per
     * severity of all the filter selects. Filters, as repeated query parameters, any value matching:
     * {@code project}, {@code rule}, {@code severity}, {@code cycle}, {@code owner}; {@code group}
     * ({@code none}, {@code rule}, {@code objective}) orders them by rule or objective; {@code page}
     * (from 1; past the last, the last) and {@code pageSize} (1 to 200, default 50). The order is
     * stable: grouped by rule or objective when asked, then most severe first, then issue key, then rule.
     *
     * <ul>
     * <li>401 Unauthorized: not logged in</li>
     * <li>403 Forbidden: the settings name a coach group and the caller is neither in it nor a Jira administrator</li>
     * <li>400 Bad Request: a parameter that is no filter, a severity or grouping that is not one, a page
     *     or page size out of bounds, more than 100 values or a value over 255 characters; {@code field}
     *     names the parameter</li>
     * <li>500 Internal Server Error: Jira refuses the mapping's JQL ({@link OkrReadFailureMapper})</li>
     * <li>503 Service Unavailable: this node is judging as many portfolios as it may at once; ask again
     *     after the {@code Retry-After} seconds ({@link PortfolioBusyMapper})</li>
     * </ul>
     */
    @GET
    @LicensedOnly
    public Response getFindings(@Context UriInfo uri) {
        ApplicationUser user = issues.caller();
        OkrSettings settings = assessments.settings();
        CoachAccess.Verdict verdict = access.of(user, settings);
        if (verdict == CoachAccess.Verdict.ANONYMOUS) {
            throw RestFailure.notLoggedIn();
        }
        if (verdict == CoachAccess.Verdict.OUTSIDE_GROUP) {
            throw RestFailure.forbidden(
                    "Only the coach group the Jira administrators chose, and Jira administrators, may read every finding.");
        }
        FindingFilter filter = filter(uri);
        PortfolioAssessment judged = assessments.portfolio(user, settings, LocalDate.now(clock));
        return RestJson.ok(PortfolioRepresentations.FindingsPage.of(judged.findings().page(filter), judged.snapshot()));
    }

    private static FindingFilter filter(UriInfo uri) {
        try {
            return FindingFilter.parse(uri.getQueryParameters(), Set.of());
        } catch (FindingFilter.FilterException refused) {
            throw RestFailure.badRequest(refused.parameter(), refused.getMessage());
        }
    }
}
