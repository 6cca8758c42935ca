package com.okradvisor.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What every Jira stand-in of the scan tests shares: a server on 127.0.0.1 that records the
 * {@code Authorization} and path of every request it gets, failures queued to answer the next search
 * with, and the helpers stand-ins answer with.
 */
abstract class LoopbackJira implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The {@code Authorization} header of every request, in order ({@code null} when there was none). */
    final List<String> authorizations = Collections.synchronizedList(new ArrayList<>());
    /** The path of every request, in order. */
    final List<String> paths = Collections.synchronizedList(new ArrayList<>());

    private final HttpServer server;
    private final Deque<Failure> failures = new ArrayDeque<>();

    private record Failure(int status, Map<String, String> headers, String body) {
    }

    LoopbackJira() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Answers requests under {@code path} with {@code handler}. */
    final void answer(String path, HttpHandler handler) {
        server.createContext(path, exchange -> {
            authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
            paths.add(exchange.getRequestURI().getPath());
            handler.handle(exchange);
        });
    }

    /** Queues an answer that the next search gets instead of its page. */
    final void thenFail(int status, Map<String, String> headers, String body) {
        failures.add(new Failure(status, headers, body));
    }

    /** True when a queued failure answered {@code exchange}. */
    final boolean answeredFailure(HttpExchange exchange) throws IOException {
        Failure failure = failures.poll();
        if (failure == null) {
            return false;
        }
        failure.headers().forEach(exchange.getResponseHeaders()::add);
        respond(exchange, failure.status(), failure.body());
        return true;
    }

    /** Answers {@code /rest/api/2/serverInfo} with {@code deploymentType}. */
    final void answerServerInfo(String deploymentType) {
        answer(Deployment.SERVER_INFO, exchange -> respond(exchange, 200, "{\"deploymentType\": \"" + deploymentType + "\"}"));
    }

    static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    /** A search page as Data Center answers it: {@code startAt}, {@code maxResults}, {@code total} and the issues. */
    static ObjectNode page(int startAt, int maxResults, int total, List<? extends JsonNode> issues) {
        ObjectNode page = JSON.createObjectNode();
        page.put("startAt", startAt).put("maxResults", maxResults).put("total", total);
        page.putArray("issues").addAll(issues);
        return page;
    }

    /** A task with the fields the reader needs and no more: neither objective, key result nor KPI. */
    static ObjectNode task(String key) {
        ObjectNode issue = JSON.createObjectNode().put("key", key);
        ObjectNode fields = issue.putObject("fields").put("summary", "Task " + key).put("created", "2027-01-04");
        fields.putObject("issuetype").put("name", "Task").put("subtask", false);
        fields.putObject("status").putObject("statusCategory").put("key", "new");
        return issue;
    }

    static Map<String, String> query(HttpExchange exchange) {
        Map<String, String> values = new LinkedHashMap<>();
        String raw = exchange.getRequestURI().getRawQuery();
        for (String pair : raw == null ? new String[0] : raw.split("&")) {
            int equals = pair.indexOf('=');
            values.put(pair.substring(0, equals), URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        }
        return values;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
