package com.okradvisor.jira.rest;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.plugins.rest.api.security.annotation.SystemAdminOnly;
import com.atlassian.sal.api.websudo.WebSudoRequired;
import com.okradvisor.advisor.RuleFileException;
import com.okradvisor.jira.AdvisorInForce;
import com.okradvisor.jira.OkrAdministration;
import java.util.List;
import javax.inject.Inject;
import javax.inject.Named;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/**
 * {@code /rest/okr-advisor/1.0/custom-rules}: the custom DRL files of the admin page. Jira administrators in a
 * WebSudo session read them; only system administrators check, add, replace or remove them, since they run
 * code inside Jira ({@link Administrators}). Every check and save goes through the admin page's own
 * {@link OkrAdministration}: a file is saved only when all the files then stored compile together, under the
 * settings' cluster lock, so a refused file leaves the rules in force as they were.
 *
 * <p>XSRF: the POST and the PUT {@code @Consumes} {@code application/json} only (Jersey answers any other body
 * with 415, see {@link KeyResultResource}); the DELETE has no body, and a browser sends a DELETE to another
 * site only after a CORS preflight, which Jira does not grant.
 */
@Named
@Path("/custom-rules")
@Produces(MediaType.APPLICATION_JSON)
@WebSudoRequired
public class CustomRuleResource {

    private static final String REFUSED = "The rule file was refused; the rules in force stay as they were.";

    private final Administrators administrators;
    private final OkrAdministration administration;

    @Inject
    public CustomRuleResource(Administrators administrators, OkrAdministration administration) {
        this.administrators = administrators;
        this.administration = administration;
    }

    /**
     * The stored files, {@code {"files": [{"name": "team.drl", "text": "…"}], "skipped": [{"file", "line", "message"}]}}:
     * {@code skipped} lists the problems of stored files that no longer compile and so are not in force.
     *
     * <ul>
     * <li>401 Unauthorized: the caller is not logged in</li>
     * <li>403 Forbidden: the caller is not a Jira administrator</li>
     * <li>401 Unauthorized, the message saying WebSudo: the caller has no secure administrator session</li>
     * </ul>
     */
    @GET
    @AdminOnly
    public Response getCustomRules(@Context HttpServletRequest request) {
        administrators.requireAdministrator(request);
        return ruleFiles();
    }

    /**
     * Checks the file of the body, {@code {"name": "team.drl", "text": "…"}}, as {@link #putCustomRule} would
     * (added, or replacing the stored file of that name, compiled with the other stored files), and stores
     * nothing. Answers {@code {"files": ["team.drl", …]}}, the files a save would put in force.
     *
     * <ul>
     * <li>401 Unauthorized: the caller is not logged in</li>
     * <li>403 Forbidden: the caller is not a system administrator</li>
     * <li>401 Unauthorized, the message saying WebSudo: the caller has no secure administrator session</li>
     * <li>400 Bad Request naming the field: the body is not a JSON object; {@code name} is missing or not text;
     * {@code text} is missing, not text or blank</li>
     * <li>400 Bad Request, listing in {@code problems} each {@code file}, {@code line} (when there is one) and
     * message: a name that is not letters, digits, '.', '_' and '-' ending in {@code .drl}, or longer than Jira's
     * keys allow; a file over 99,000 characters; DRL that does not compile, alone or with the stored files</li>
     * <li>415 Unsupported Media Type (Jersey): the body is not sent as {@code application/json}</li>
     * </ul>
     */
    @POST
    @Path("/validate")
    @Consumes(MediaType.APPLICATION_JSON)
    @SystemAdminOnly
    public Response validateCustomRule(@Context HttpServletRequest request, String body) {
        administrators.requireSystemAdministrator(request);
        Representations.RuleFile file = AdminRequests.ruleFile(body);
        try {
            return RestJson.ok(new Representations.RuleFileCheck(List.copyOf(
                    administration.checkRules(OkrAdministration.RuleFilesChange.putting(file.name(), file.text())).keySet())));
        } catch (RuleFileException refused) {
            throw refusal(refused);
        }
    }

    /**
     * Adds the file {@code file}, or replaces the stored file of that name, with the DRL of the body,
     * {@code {"text": "…"}}, and answers as {@link #getCustomRules}.
     *
     * <ul>
     * <li>401 Unauthorized: the caller is not logged in</li>
     * <li>403 Forbidden: the caller is not a system administrator</li>
     * <li>401 Unauthorized, the message saying WebSudo: the caller has no secure administrator session</li>
     * <li>400 Bad Request naming the field: the body is not a JSON object; {@code text} is missing, not text or blank</li>
     * <li>400 Bad Request, listing in {@code problems} each {@code file}, {@code line} (when there is one) and
     * message, as {@link #validateCustomRule} does; nothing is stored</li>
     * <li>415 Unsupported Media Type (Jersey): the body is not sent as {@code application/json}</li>
     * </ul>
     */
    @PUT
    @Path("/{file}")
    @Consumes(MediaType.APPLICATION_JSON)
    @SystemAdminOnly
    public Response putCustomRule(@Context HttpServletRequest request, @PathParam("file") String file, String body) {
        administrators.requireSystemAdministrator(request);
        change(OkrAdministration.RuleFilesChange.putting(file, AdminRequests.ruleText(body)));
        return ruleFiles();
    }

    /**
     * Removes the stored file {@code file}; the other stored files must still compile together. Answers 204.
     *
     * <ul>
     * <li>401 Unauthorized: the caller is not logged in</li>
     * <li>403 Forbidden: the caller is not a system administrator</li>
     * <li>401 Unauthorized, the message saying WebSudo: the caller has no secure administrator session</li>
     * <li>404 Not Found: no file {@code file} is stored</li>
     * <li>400 Bad Request, listing in {@code problems} each {@code file}, {@code line} and message: the files
     * left do not compile together; nothing is removed</li>
     * </ul>
     */
    @DELETE
    @Path("/{file}")
    @SystemAdminOnly
    public Response deleteCustomRule(@Context HttpServletRequest request, @PathParam("file") String file) {
        administrators.requireSystemAdministrator(request);
        if (!administration.customRules().containsKey(file)) {
            throw RestFailure.notFound("No custom rule file " + file + " is stored.");
        }
        change(OkrAdministration.RuleFilesChange.removing(file));
        return Response.noContent().build();
    }

    private void change(OkrAdministration.RuleFilesChange change) {
        try {
            administration.changeRules(change);
        } catch (RuleFileException refused) {
            throw refusal(refused);
        }
    }

    private Response ruleFiles() {
        AdvisorInForce.RulesInForce inForce = administration.rulesInForce();
        return RestJson.ok(Representations.RuleFiles.of(inForce.source(), inForce.skipped()));
    }

    private static RestFailure refusal(RuleFileException refused) {
        return RestFailure.refused(REFUSED, refused.problems().stream().map(RestFailure.Detail::of).toList());
    }
}
