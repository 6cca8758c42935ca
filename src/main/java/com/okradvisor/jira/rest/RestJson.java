package com.okradvisor.jira.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/**
 * JSON in and out with the Jackson the plugin embeds. The resources hand Jersey JSON text, not
 * objects: Jira's own Jackson would not see the annotations of the copy inside the plugin (another
 * class loader), so the plugin writes and reads its JSON itself and the contract cannot drift with Jira's.
 */
final class RestJson {

    static final ObjectMapper MAPPER = new ObjectMapper().setSerializationInclusion(JsonInclude.Include.NON_NULL);

    private RestJson() {
    }

    /**
     * The request {@code body} as a JSON object.
     *
     * @throws RestFailure 400 when it is not JSON, or not an object; the message shows {@code example}
     */
    static JsonNode object(String body, String example) {
        JsonNode json;
        try {
            json = MAPPER.readTree(body == null ? "" : body);
        } catch (JsonProcessingException e) {
            throw RestFailure.badRequest(null, "The body is not JSON: " + e.getOriginalMessage());
        }
        if (json == null || !json.isObject()) {
            throw RestFailure.badRequest(null, "The body must be a JSON object such as " + example + ".");
        }
        return json;
    }

    static Response ok(Object body) {
        return response(Response.Status.OK, body);
    }

    static Response response(Response.Status status, Object body) {
        try {
            return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(MAPPER.writeValueAsString(body)).build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + body.getClass().getSimpleName() + " as JSON", e);
        }
    }
}
