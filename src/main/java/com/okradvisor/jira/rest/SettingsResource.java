package com.okradvisor.jira.rest;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.sal.api.websudo.WebSudoRequired;
import com.okradvisor.jira.OkrAdministration;
import com.okradvisor.settings.SettingsCodec;
import com.okradvisor.settings.SettingsProblem;
import java.util.List;
import javax.inject.Inject;
import javax.inject.Named;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/**
 * {@code /rest/okr-advisor/1.0/settings}: the settings of the admin page, for Jira administrators in a WebSudo
 * session ({@link Administrators}), read, checked and saved by the admin page's own {@link OkrAdministration}.
 * A setting is its {@code --config} key with its value as text ({@code docs/okr-advisor.properties}).
 *
 * <p>XSRF: the POST and the PUT {@code @Consumes} {@code application/json} only, so Jersey answers a form,
 * multipart or plain-text body, the only ones another site's page can send without a CORS preflight, with
 * 415 before the method runs ({@link KeyResultResource} gives the sources).
 */
@Named
@Path("/settings")
@Produces(MediaType.APPLICATION_JSON)
@WebSudoRequired
public class SettingsResource {

    private final Administrators administrators;
    private final OkrAdministration administration;

    @Inject
    public SettingsResource(Administrators administrators, OkrAdministration administration) {
        this.administrators = administrators;
        this.administration = administration;
    }

    /**
     * Every setting in force, {@code {"settings": {"objective.issueType": "Epic", …}, "storedProblems": […]}}:
     * {@code storedProblems} names each stored value that no longer validates, whose default is in force.
     *
     * <ul>
     * <li>401 Unauthorized: the caller is not logged in</li>
     * <li>403 Forbidden: the caller is not a Jira administrator</li>
     * <li>401 Unauthorized, the message saying WebSudo: the caller has no secure administrator session</li>
     * </ul>
     */
    @GET
    @AdminOnly
    public Response getSettings(@Context HttpServletRequest request) {
        administrators.requireAdministrator(request);
        return RestJson.ok(Representations.SettingsState.of(administration.settings()));
    }

    /**
     * Checks the settings the body asks for, as {@link #putSettings} would, and stores nothing: a key left out
     * takes its default. Answers {@code {"settings": {…}}}, every value as it would be stored.
     *
     * <ul>
     * <li>401 Unauthorized: the caller is not logged in</li>
     * <li>403 Forbidden: the caller is not a Jira administrator</li>
     * <li>401 Unauthorized, the message saying WebSudo: the caller has no secure administrator session</li>
     * <li>400 Bad Request: the body is not a JSON object</li>
     * <li>400 Bad Request, listing in {@code problems} each {@code field} (key) and why: an unknown key, a value
     * that is neither text nor a number, a value out of its bounds</li>
     * <li>415 Unsupported Media Type (Jersey): the body is not sent as {@code application/json}</li>
     * </ul>
     */
    @POST
    @Path("/validate")
    @Consumes(MediaType.APPLICATION_JSON)
    @AdminOnly
    public Response validateSettings(@Context HttpServletRequest request, String body) {
        administrators.requireAdministrator(request);
        SettingsCodec.Decoded asked = SettingsCodec.read(AdminRequests.settingsValues(body));
        refuseIfAny(asked.problems());
        return RestJson.ok(new Representations.SettingsCheck(SettingsCodec.values(asked.settings())));
    }

    /**
     * Replaces the stored settings with those of the body, all at once under the settings' cluster lock, as
     * the admin page's import does: a key left out takes its default. Answers as {@link #getSettings}. The
     * custom rule files stay as they are.
     *
     * <ul>
     * <li>401 Unauthorized: the caller is not logged in</li>
     * <li>403 Forbidden: the caller is not a Jira administrator</li>
     * <li>401 Unauthorized, the message saying WebSudo: the caller has no secure administrator session</li>
     * <li>400 Bad Request: the body is not a JSON object; the settings would take more than Jira stores in one
     * value (99,000 characters)</li>
     * <li>400 Bad Request, listing in {@code problems} each {@code field} (key) and why: an unknown key, a value
     * that is neither text nor a number, a value out of its bounds. Nothing is stored.</li>
     * <li>415 Unsupported Media Type (Jersey): the body is not sent as {@code application/json}</li>
     * </ul>
     */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @AdminOnly
    public Response putSettings(@Context HttpServletRequest request, String body) {
        administrators.requireAdministrator(request);
        SettingsCodec.Decoded asked = SettingsCodec.read(AdminRequests.settingsValues(body));
        try {
            refuseIfAny(administration.replaceSettings(asked));
        } catch (IllegalArgumentException tooLong) {
            throw RestFailure.badRequest(null, tooLong.getMessage());
        }
        return RestJson.ok(Representations.SettingsState.of(administration.settings()));
    }

    private static void refuseIfAny(List<SettingsProblem> problems) {
        if (!problems.isEmpty()) {
            throw RestFailure.refused("The settings were refused; nothing was saved.",
                    problems.stream().map(RestFailure.Detail::of).toList());
        }
    }
}
