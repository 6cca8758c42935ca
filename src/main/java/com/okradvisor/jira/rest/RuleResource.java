package com.okradvisor.jira.rest;

import com.atlassian.plugins.rest.api.security.annotation.UnlicensedSiteAccess;
import com.okradvisor.advisor.AdvisorSettings;
import com.okradvisor.jira.OkrSettingsStore;
import com.okradvisor.jira.AdvisorInForce;
import javax.inject.Inject;
import javax.inject.Named;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/** {@code /rest/okr-advisor/1.0/rules}: the rule catalogue. */
@Named
@Path("/rules")
@Produces(MediaType.APPLICATION_JSON)
public class RuleResource {

    private final VisibleIssues issues;
    private final OkrSettingsStore settingsStore;
    private final AdvisorInForce rules;

    @Inject
    public RuleResource(VisibleIssues issues, OkrSettingsStore settingsStore, AdvisorInForce rules) {
        this.issues = issues;
        this.settingsStore = settingsStore;
        this.rules = rules;
    }

    /**
     * Every rule in force: key, severity, title, rationale, remedy, and the parameters it reads with
     * their defaults and the values in force.
     *
     * <ul>
     * <li>401 Unauthorized: the caller is not logged in</li>
     * </ul>
     */
    @GET
    @UnlicensedSiteAccess
    public Response getRules() {
        issues.loggedInCaller();
        AdvisorSettings inForce = settingsStore.load().advisor();
        return RestJson.ok(rules.rules().stream().map(rule -> Representations.RuleItem.of(rule, inForce)).toList());
    }
}
