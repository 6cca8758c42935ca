package com.okradvisor.jira.rest;

import com.okradvisor.jira.PortfolioBusyException;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import javax.ws.rs.ext.Provider;

/**
 * This node is judging as many portfolios as it may at once: 503 with {@code Retry-After} and the
 * reason as JSON, so a script waits and asks again instead of reading a failure. JAX-RS takes the
 * mapper of the nearest exception type, so this one, not {@link OkrReadFailureMapper}, answers it.
 */
@Provider
public class PortfolioBusyMapper implements ExceptionMapper<PortfolioBusyException> {

    @Override
    public Response toResponse(PortfolioBusyException exception) {
        return Response.fromResponse(RestJson.response(Response.Status.SERVICE_UNAVAILABLE,
                        new RestFailure.Problem(Response.Status.SERVICE_UNAVAILABLE, null, PortfolioBusyException.MESSAGE)))
                .header("Retry-After", PortfolioBusyException.RETRY_AFTER_SECONDS).build();
    }
}
