package com.okradvisor.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A Jira Cloud on 127.0.0.1 as it answers since 2025, replaying the shared REST sample: serverInfo
 * says Cloud; {@code /rest/api/2/search} and {@code /rest/api/3/search} answer 410 Gone;
 * {@code /rest/api/2/search/jql} pages by {@code nextPageToken}, two issues a page, without
 * {@code total}, with an epic as {@code parent} (Cloud has no Epic Link), only the fields asked for
 * ({@code id} alone otherwise), {@code names} only with {@code expand=names}, only the properties
 * asked for, and 400 for an unbounded JQL. Failures to replay first are queued with {@link #thenFail}.
 */
final class CloudJira extends LoopbackJira {

    static final int ISSUES_PER_PAGE = 2;
    static final String REMOVED = "{\"errorMessages\":[\"The requested API has been removed. Please migrate to the"
            + " /rest/api/3/search/jql API.\"]}";

    private final List<ObjectNode> issues = new ArrayList<>();
    private final ObjectNode names;
    /** The query of every {@code search/jql} request, in order. */
    final List<Map<String, String>> searches = Collections.synchronizedList(new ArrayList<>());

    CloudJira() {
        this(ExportFiles.sample());
    }

    /** A Cloud site holding the issues of {@code export}, a Data Center search answer. */
    CloudJira(String export) {
        JsonNode sample;
        try {
            sample = new ObjectMapper().readTree(export);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        names = sample.get("names").deepCopy();
        names.remove("customfield_10101");
        for (JsonNode issue : sample.get("issues")) {
            ObjectNode cloud = issue.deepCopy();
            ObjectNode fields = (ObjectNode) cloud.get("fields");
            JsonNode epic = fields.remove("customfield_10101");
            if (epic != null && epic.isTextual()) {
                ObjectNode parent = fields.putObject("parent").put("key", epic.textValue());
                parent.putObject("fields").putObject("issuetype").put("name", "Epic");
            }
            issues.add(cloud);
        }
        answerServerInfo("Cloud");
        answer("/rest/api/2/search", exchange -> respond(exchange, 410, REMOVED));
        answer("/rest/api/3/search", exchange -> respond(exchange, 410, REMOVED));
        answer(JiraSearchClient.CLOUD_SEARCH, this::search);
    }

    private void search(HttpExchange exchange) throws IOException {
        Map<String, String> query = query(exchange);
        searches.add(query);
        if (answeredFailure(exchange)) {
            return;
        }
        String jql = query.getOrDefault("jql", "");
        if (Jql.isUnbounded(jql)) {
            respond(exchange, 400, "{\"errorMessages\":[\"Unbounded JQL queries are not allowed here."
                    + " Please add a search restriction to your query.\"]}");
            return;
        }
        List<ObjectNode> matching = jql.startsWith("parent in (")
                ? issues.stream().filter(issue -> jql.contains(issue.path("fields").path("parent").path("key").asText("none"))).toList()
                : issues;
        int from = Integer.parseInt(query.getOrDefault("nextPageToken", "page-0").substring("page-".length()));
        ObjectNode page = new ObjectMapper().createObjectNode();
        page.putArray("issues").addAll(matching.stream().skip(from).limit(ISSUES_PER_PAGE)
                .map(issue -> answered(issue, query)).toList());
        boolean last = from + ISSUES_PER_PAGE >= matching.size();
        if (!last) {
            page.put("nextPageToken", "page-" + (from + ISSUES_PER_PAGE));
        }
        page.put("isLast", last);
        if (query.getOrDefault("expand", "").contains("names")) {
            page.set("names", names);
        }
        respond(exchange, 200, page.toString());
    }

    /** {@code issue} with only the fields and properties {@code query} asks for. */
    private static ObjectNode answered(ObjectNode issue, Map<String, String> query) {
        ObjectNode answer = issue.deepCopy();
        Set<String> fields = listed(query.get("fields"));
        if (fields.isEmpty()) {
            return new ObjectMapper().createObjectNode().put("id", issue.path("id").asText());
        }
        ((ObjectNode) answer.get("fields")).retain(fields);
        Set<String> properties = listed(query.get("properties"));
        if (properties.isEmpty()) {
            answer.remove("properties");
        } else if (answer.has("properties")) {
            ((ObjectNode) answer.get("properties")).retain(properties);
        }
        return answer;
    }

    private static Set<String> listed(String commaSeparated) {
        return commaSeparated == null ? Set.of() : Arrays.stream(commaSeparated.split(",")).collect(Collectors.toSet());
    }
}
