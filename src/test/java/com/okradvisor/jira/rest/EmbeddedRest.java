package com.okradvisor.jira.rest;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;

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
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javax.inject.Inject;
import javax.inject.Provider;
import javax.servlet.http.HttpServletRequest;
import org.glassfish.jersey.internal.inject.AbstractBinder;
import org.glassfish.jersey.process.internal.RequestScoped;
import org.glassfish.jersey.server.ContainerRequest;
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

    /** One HTTP answer: the status, the body as JSON and the seconds its {@code Retry-After} asks to wait, if any. */
    record Reply(int status, String contentType, JsonNode json, Optional<String> retryAfter) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final BlockingQueue<Runnable> exchanges;
    private final HttpClient client = HttpClient.newHttpClient();
    private String cookie;

    private EmbeddedRest(HttpServer server, BlockingQueue<Runnable> exchanges) {
        this.server = server;
        this.exchanges = exchanges;
    }

    static EmbeddedRest serving(Object... resources) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        ResourceConfig application = new ResourceConfig(OkrReadFailureMapper.class, PortfolioBusyMapper.class).registerInstances(resources)
                .register(new AbstractBinder() {
                    @Override
                    protected void configure() {
                        bindFactory(ServletRequests.class).to(HttpServletRequest.class).in(RequestScoped.class);
                    }
                });
        server.createContext(PATH, ContainerFactory.createContainer(HttpHandler.class, application));
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

    Reply putJson(String path, String body) throws IOException, InterruptedException {
        return put(path, "application/json", body);
    }

    Reply put(String path, String contentType, String body) throws IOException, InterruptedException {
        return send(request(path).header("Content-Type", contentType).PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    Reply delete(String path) throws IOException, InterruptedException {
        return send(request(path).DELETE());
    }

    /** Sends {@code cookie} with every later request, as a browser sends its session's. */
    void sendCookie(String cookie) {
        this.cookie = cookie;
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + PATH + path))
                .header("Accept", "application/json");
        return cookie == null ? request : request.header("Cookie", cookie);
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
        return new Reply(response.statusCode(), contentType, body, response.headers().firstValue("Retry-After"));
    }

    /**
     * What Jira's servlet container hands a resource's {@code @Context HttpServletRequest}: here a request that
     * answers the HTTP request's method and headers, which is all the app's guards read.
     */
    static final class ServletRequests implements Supplier<HttpServletRequest> {

        private final Provider<ContainerRequest> request;

        @Inject
        ServletRequests(Provider<ContainerRequest> request) {
            this.request = request;
        }

        @Override
        public HttpServletRequest get() {
            ContainerRequest http = request.get();
            HttpServletRequest servlet = mock(HttpServletRequest.class);
            lenient().when(servlet.getMethod()).thenReturn(http.getMethod());
            lenient().when(servlet.getHeader(anyString())).thenAnswer(call -> http.getHeaderString(call.getArgument(0)));
            return servlet;
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
