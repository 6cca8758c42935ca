package com.okradvisor.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A large Jira Data Center on 127.0.0.1: generated tasks in a few projects, searched through
 * {@code /rest/api/2/search} in key order within a result window, answering 500 "Search limit
 * exceeded" to a page that reaches past it, as Jira on OpenSearch does. It understands the condition
 * a scan goes on with after a window ({@code AND ((project = "P" AND key > "P-9") OR project not in (…))})
 * as JQL does: keys compared within their project.
 */
final class DataCenterJira extends LoopbackJira {

    static final String SEARCH_LIMIT = "{\"errorMessages\":[\"Search limit exceeded. We couldn't complete your search"
            + " because it requests more results than the search platform limit. Try refining your query or contact"
            + " your Jira administrator. Repeating the same search may not work.\"]}";
    private static final Pattern AFTER = Pattern.compile(
            "AND \\(\\(project = \"([^\"]+)\" AND key > \"[^\"]+-(\\d+)\"\\) OR project not in \\(([^)]*)\\)\\)");

    private final int window;
    private final List<String> keys = new ArrayList<>();
    /** The query of every search, in order. */
    final List<Map<String, String>> searches = Collections.synchronizedList(new ArrayList<>());

    /** {@code issuesPerProject} tasks numbered from 1 in each project; pages must end within {@code window}. */
    DataCenterJira(int window, Map<String, Integer> issuesPerProject) {
        this.window = window;
        new TreeMap<>(issuesPerProject).forEach((project, count) -> {
            for (int number = 1; number <= count; number++) {
                keys.add(project + "-" + number);
            }
        });
        answerServerInfo("DataCenter");
        answer(JiraSearchClient.DATA_CENTER_SEARCH, this::search);
    }

    private void search(HttpExchange exchange) throws IOException {
        Map<String, String> query = query(exchange);
        searches.add(query);
        int startAt = Integer.parseInt(query.get("startAt"));
        int maxResults = Integer.parseInt(query.get("maxResults"));
        if (startAt + maxResults > window) {
            respond(exchange, 500, SEARCH_LIMIT);
            return;
        }
        Matcher after = AFTER.matcher(query.get("jql"));
        List<String> matching = after.find() ? keysAfter(after) : keys;
        List<ObjectNode> issues = matching.stream().skip(startAt).limit(maxResults).map(LoopbackJira::task).toList();
        respond(exchange, 200, page(startAt, maxResults, matching.size(), issues).toString());
    }

    private List<String> keysAfter(Matcher after) {
        String project = after.group(1);
        int number = Integer.parseInt(after.group(2));
        Set<String> seen = Arrays.stream(after.group(3).split(",")).map(quoted -> quoted.strip().replace("\"", ""))
                .collect(Collectors.toSet());
        return keys.stream().filter(key -> {
            String keyProject = key.substring(0, key.lastIndexOf('-'));
            int keyNumber = Integer.parseInt(key.substring(key.lastIndexOf('-') + 1));
            return keyProject.equals(project) ? keyNumber > number : !seen.contains(keyProject);
        }).toList();
    }
}
