package com.okradvisor.jira.rest;

import com.okradvisor.jira.OkrReadException;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import javax.ws.rs.ext.Provider;

/**
 * Jira refused a read the app needs, e.g. the mapping's JQL is not valid in this Jira: 500 with the
 * reason as JSON, as every refusal of the API is written, instead of Jersey's bare error page.
 */
@Provider
public class OkrReadFailureMapper implements ExceptionMapper<OkrReadException> {

    @Override
    public Response toResponse(OkrReadException exception) {
        return RestJson.response(Response.Status.INTERNAL_SERVER_ERROR,
                new RestFailure.Problem(Response.Status.INTERNAL_SERVER_ERROR, null,
                        "Jira refused what the OKR Advisor asked for: " + exception.getMessage()));
    }
}
