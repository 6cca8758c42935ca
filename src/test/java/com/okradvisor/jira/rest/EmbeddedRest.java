package com.okradvisor.jira.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.glassfish.jersey.server.ContainerFactory;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * The app's resources served over real HTTP by Jersey 2 (the JAX-RS implementation of Jira's REST
 * v2) on the JDK's HTTP server, at Jira's path for them, listening on 127.0.0.1 only, with the
 * package's exception mapper, as Jira finds it when it scans the package. The server
 * handles each exchange on the test's own thread while the test waits for the answer: Mockito's
 * construction mocks (FakeJira mocks {@code PagerFilter}'s constructor) apply only on the thread that made them.
 */
final class EmbeddedRest implements AutoCloseable {

    static final String PATH = "/rest/okr-advisor/1.0";

    /** One HTTP answer: the status and the body as JSON. */
    record Reply(int status, String contentType, JsonNode json) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final BlockingQueue<Runnable> exchanges;
    private final HttpClient client = HttpClient.newHttpClient();

    private EmbeddedRest(HttpServer server, BlockingQueue<Runnable> exchanges) {
        this.server = server;
        this.exchanges = exchanges;
    }

    static EmbeddedRest serving(Object... resources) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext(PATH, ContainerFactory.createContainer(HttpHandler.class, new ResourceConfig(OkrReadFailureMapper.class).registerInstances(resources)));
        BlockingQueue<Runnable> exchanges = new LinkedBlockingQueue<>();
        server.setExecutor(exchanges::add);
        server.start();
        return new EmbeddedRest(server, exchanges);
    }

    InetSocketAddress address() {
        return server.getAddress();
    }

    Reply get(String path) throws IOException, InterruptedException {
        return send(request(path).GET());
    }

    Reply postJson(String path, String body) throws IOException, InterruptedException {
        return post(path, "application/json", body);
    }

    Reply post(String path, String contentType, String body) throws IOException, InterruptedException {
        return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + PATH + path))
                .header("Accept", "application/json");
    }

    private Reply send(HttpRequest.Builder request) throws IOException, InterruptedException {
        CompletableFuture<HttpResponse<String>> answer = client.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString());
        while (!answer.isDone()) {
            Runnable exchange = exchanges.poll(10, TimeUnit.MILLISECONDS);
            if (exchange != null) {
                exchange.run();
            }
        }
        HttpResponse<String> response;
        try {
            response = answer.get();
        } catch (ExecutionException e) {
            throw new IOException(e.getCause());
        }
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        JsonNode body = contentType.startsWith("application/json") ? JSON.readTree(response.body()) : TextNode.valueOf(response.body());
        return new Reply(response.statusCode(), contentType, body);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
