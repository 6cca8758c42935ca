package com.okradvisor.plugin;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * A page like Jira's issue view, served on 127.0.0.1 only from a Jira at context path {@code /jira}:
 * the rendered panel with AUI's real CSS and JavaScript (npm {@code @atlassian/aui}, jQuery) and the
 * app's own; or a servlet's pages, rendered for each request's query. It stands in for the app's REST API too: every POST under
 * {@code /jira/rest/okr-advisor/1.0/} is recorded and answered with the status and JSON the test chose.
 */
final class PanelServer implements AutoCloseable {

    static final Path AUI = Paths.get("node_modules/@atlassian/aui/dist/aui");
    static final Path JQUERY = Paths.get("node_modules/jquery/dist/jquery.min.js");
    static final String CONTEXT_PATH = "/jira";
    private static final Path APP = Paths.get("src/main/resources");
    private static final Map<String, String> TYPES = Map.of("css", "text/css", "js", "text/javascript",
            "png", "image/png", "svg", "image/svg+xml", "woff", "font/woff", "woff2", "font/woff2");

    /** One request the page's script sent to the REST API. */
    record Request(String method, String path, String contentType, String xsrfToken, String body) {
    }

    private final HttpServer server;
    private final BlockingQueue<Request> requests = new LinkedBlockingQueue<>();
    private volatile String page = "";
    private volatile int answerStatus = 200;
    private volatile String answerJson = "{}";

    PanelServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext(CONTEXT_PATH + "/", exchange -> send(exchange, 200, "text/html", page.getBytes(StandardCharsets.UTF_8)));
        server.createContext("/static/aui/", exchange -> file(exchange, AUI, "/static/aui/"));
        server.createContext("/static/app/", exchange -> file(exchange, APP, "/static/app/"));
        server.createContext("/static/jquery.js", exchange -> send(exchange, 200, "text/javascript", Files.readAllBytes(JQUERY)));
        server.createContext(CONTEXT_PATH + "/rest/okr-advisor/1.0/", this::rest);
        server.start();
    }

    /** Serves {@code panelHtml} inside a page like Jira's issue sidebar and answers its address. */
    String show(String panelHtml) {
        page = "<!DOCTYPE html><html><head><meta charset=\"UTF-8\">"
                + "<link rel=\"stylesheet\" href=\"/static/aui/aui-prototyping.css\">"
                + "<link rel=\"stylesheet\" href=\"/static/app/css/okr-panels.css\">"
                + "<script src=\"/static/jquery.js\"></script>"
                // Jira's AJS answers its context path; AUI's prototyping bundle takes it from the host's AJS.
                + "<script>window.AJS = {contextPath: function () { return '" + CONTEXT_PATH + "'; }};</script>"
                + "<script src=\"/static/aui/aui-prototyping.js\"></script>"
                + "<script src=\"/static/app/js/okr-check-in.js\"></script>"
                + "</head><body class=\"aui-page-panel\"><div class=\"module\" style=\"padding: 16px\">"
                + panelHtml + "</div></body></html>";
        return "http://127.0.0.1:" + server.getAddress().getPort() + CONTEXT_PATH + "/";
    }

    /**
     * Serves at {@code path} (below the context path, as a servlet's page) what {@code pages} makes of
     * each GET's query string (null without one), a whole HTML page given AUI's CSS in its head;
     * answers the page's address. The page is rendered afresh for every request, as a servlet renders it.
     */
    String serve(String path, Function<String, String> pages) {
        server.createContext(CONTEXT_PATH + path, exchange -> send(exchange, 200, "text/html",
                pages.apply(exchange.getRequestURI().getRawQuery())
                        .replace("</head>", "<link rel=\"stylesheet\" href=\"/static/aui/aui-prototyping.css\"></head>")
                        .getBytes(StandardCharsets.UTF_8)));
        return "http://127.0.0.1:" + server.getAddress().getPort() + CONTEXT_PATH + path;
    }

    /** The page as last served, for a person to open. */
    String page() {
        return page;
    }

    void answer(int status, String json) {
        answerStatus = status;
        answerJson = json;
    }

    Request nextRequest() throws InterruptedException {
        Request request = requests.poll(10, TimeUnit.SECONDS);
        if (request == null) {
            throw new AssertionError("the page sent no request to the REST API");
        }
        return request;
    }

    private void rest(HttpExchange exchange) throws IOException {
        requests.add(new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                exchange.getRequestHeaders().getFirst("Content-Type"), exchange.getRequestHeaders().getFirst("X-Atlassian-Token"),
                new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
        send(exchange, answerStatus, "application/json", answerJson.getBytes(StandardCharsets.UTF_8));
    }

    private static void file(HttpExchange exchange, Path root, String prefix) throws IOException {
        Path file = root.resolve(exchange.getRequestURI().getPath().substring(prefix.length())).normalize();
        if (!file.startsWith(root) || !Files.isRegularFile(file)) {
            send(exchange, 404, "text/plain", new byte[0]);
            return;
        }
        String name = file.getFileName().toString();
        send(exchange, 200, TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream"),
                Files.readAllBytes(file));
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type + (type.startsWith("image") || type.startsWith("font") ? "" : "; charset=UTF-8"));
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
