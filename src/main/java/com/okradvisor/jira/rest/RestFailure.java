package com.okradvisor.jira.rest;

import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Response;

/**
 * A call the API refuses, answered with its status and the JSON body
 * {@code {"status":400,"field":"confidence","message":"…"}}; {@code field} names the body field at
 * fault and is left out when no one field is.
 */
final class RestFailure extends WebApplicationException {

    private static final long serialVersionUID = 1L;

    /** The JSON body of a refusal. */
    record Problem(int status, String field, String message) {
    }

    private RestFailure(Response.Status status, String field, String message) {
        super(message, RestJson.response(status, new Problem(status.getStatusCode(), field, message)));
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

    static RestFailure conflict(String message) {
        return new RestFailure(Response.Status.CONFLICT, null, message);
    }
}
