package com.okradvisor.jira.rest;

import com.okradvisor.advisor.RuleProblem;
import com.okradvisor.settings.SettingsProblem;
import java.util.List;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Response;

/**
 * A call the API refuses, answered with its status and the JSON body
 * {@code {"status":400,"field":"confidence","message":"…"}}; {@code field} names the body field at
 * fault and is left out when no one field is. A refusal for several reasons lists each in {@code problems},
 * naming its field, or its file and line.
 */
final class RestFailure extends WebApplicationException {

    private static final long serialVersionUID = 1L;
    /** The message of a WebSudo refusal, which tells it from the 401 of a caller not logged in. */
    static final String WEBSUDO_REQUIRED = "This call needs a secure administrator session (WebSudo): confirm your"
            + " password on a Jira administration page, then call again.";

    /** The JSON body of a refusal; {@code problems} is left out when there is only the message. */
    record Problem(int status, String field, String message, List<Detail> problems) {

        Problem(Response.Status status, String field, String message) {
            this(status.getStatusCode(), field, message, null);
        }
    }

    /**
     * One reason among several: a settings key ({@code field}), or a rule file and its line ({@code line} left
     * out when the problem has none).
     */
    record Detail(String field, String file, Integer line, String message) {

        static Detail of(SettingsProblem problem) {
            return new Detail(problem.key().isEmpty() ? null : problem.key(), null, null, problem.message());
        }

        static Detail of(RuleProblem problem) {
            return new Detail(null, problem.file(), problem.line() > 0 ? problem.line() : null, problem.message());
        }
    }

    private RestFailure(Response.Status status, String field, String message) {
        this(new Problem(status, field, message));
    }

    private RestFailure(Problem problem) {
        super(problem.message(), RestJson.response(Response.Status.fromStatusCode(problem.status()), problem));
    }

    static RestFailure notLoggedIn() {
        return new RestFailure(Response.Status.UNAUTHORIZED, null, "Log in to Jira first.");
    }

    static RestFailure notFound(String message) {
        return new RestFailure(Response.Status.NOT_FOUND, null, message);
    }

    static RestFailure forbidden(String message) {
        return new RestFailure(Response.Status.FORBIDDEN, null, message);
    }

    static RestFailure badRequest(String field, String message) {
        return new RestFailure(Response.Status.BAD_REQUEST, field, message);
    }

    /** 400 listing every problem; the message says what was refused. */
    static RestFailure refused(String message, List<Detail> problems) {
        return new RestFailure(new Problem(Response.Status.BAD_REQUEST.getStatusCode(), null, message, List.copyOf(problems)));
    }

    /**
     * 401 for an administrator without a secure administrator session: Jira's WebSudo, which a browser gets by
     * confirming the password on any Jira administration page.
     */
    static RestFailure webSudoRequired() {
        return new RestFailure(Response.Status.UNAUTHORIZED, null, WEBSUDO_REQUIRED);
    }

    static RestFailure conflict(String message) {
        return new RestFailure(Response.Status.CONFLICT, null, message);
    }
}
