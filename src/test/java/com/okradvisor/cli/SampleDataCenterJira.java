package com.okradvisor.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * A Jira Data Center on 127.0.0.1 that replays the shared REST sample through {@code /rest/api/2/search},
 * a few issues a page, and answers {@code "Epic Link" in (…)} with the epic's issues. Failures to replay
 * first (429, 401, …) are queued with {@link #thenFailWith}.
 */
final class SampleDataCenterJira extends LoopbackJira {

    static final int ISSUES_PER_PAGE = 2;

    private final JsonNode sample;
    /** The query of every search, in order. */
    final List<Map<String, String>> requests = Collections.synchronizedList(new ArrayList<>());

    SampleDataCenterJira() {
        this(ExportFiles.sample());
    }

    /** A Data Center site holding the issues of {@code export}, a search answer. */
    SampleDataCenterJira(String export) {
        try {
            sample = new ObjectMapper().readTree(export);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        answerServerInfo("DataCenter");
        answer(JiraSearchClient.DATA_CENTER_SEARCH, this::search);
    }

    SampleDataCenterJira thenFailWith(int status, String retryAfter, String body) {
        thenFail(status, retryAfter == null ? Map.of() : Map.of("Retry-After", retryAfter), body);
        return this;
    }

    private void search(HttpExchange exchange) throws IOException {
        Map<String, String> query = query(exchange);
        requests.add(query);
        if (answeredFailure(exchange)) {
            return;
        }
        List<JsonNode> matching = new ArrayList<>();
        for (JsonNode issue : sample.get("issues")) {
            boolean keyResultSearch = query.get("jql").startsWith("\"Epic Link\" in (");
            boolean inEpic = query.get("jql").contains(issue.path("fields").path("customfield_10101").asText("none"));
            if (!keyResultSearch || inEpic) {
                matching.add(issue);
            }
        }
        int startAt = Integer.parseInt(query.get("startAt"));
        ObjectNode page = page(startAt, ISSUES_PER_PAGE, matching.size(),
                matching.stream().skip(startAt).limit(ISSUES_PER_PAGE).toList());
        page.set("names", sample.get("names"));
        respond(exchange, 200, page.toString());
    }
}
