package com.okradvisor.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What every Jira stand-in of the scan tests shares: a server on 127.0.0.1 that records the
 * {@code Authorization} of every request it gets, and the helpers stand-ins answer with.
 */
abstract class LoopbackJira implements AutoCloseable {

    /** The {@code Authorization} header of every request, in order ({@code null} when there was none). */
    final List<String> authorizations = Collections.synchronizedList(new ArrayList<>());

    private final HttpServer server;

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
            handler.handle(exchange);
        });
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
