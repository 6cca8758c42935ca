package com.okradvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HostileServerTest {

    private static final String TOKEN = "s3cret/token+value";
    private static final String USER = "ann@example.com";
    private static final String BASIC = Base64.getEncoder().encodeToString((USER + ":" + TOKEN).getBytes(StandardCharsets.UTF_8));

    private final List<LoopbackJira> servers = new ArrayList<>();
    private ScanLimits limits = ScanLimits.DEFAULTS;

    @AfterEach
    void stopServers() {
        servers.forEach(LoopbackJira::close);
    }

    private HostileJira jira(HttpHandler search) {
        HostileJira jira = new HostileJira(search);
        servers.add(jira);
        return jira;
    }

    /** A Cloud site that answers its searches with {@code pages}, in turn, the last one ever after. */
    private HostileJira cloud(String... pages) {
        AtomicInteger next = new AtomicInteger();
        HostileJira jira = new HostileJira("Cloud", JiraSearchClient.CLOUD_SEARCH,
                exchange -> LoopbackJira.respond(exchange, 200, pages[Math.min(next.getAndIncrement(), pages.length - 1)]));
        servers.add(jira);
        return jira;
    }

    private CliRun scan(String... options) {
        return CliRun.scan(Map.of("JIRA_TOKEN", TOKEN), scan -> {
            scan.time = new FakeTime();
            scan.limits = limits;
        }, options);
    }

    /** A page of tasks {@code keys}, saying {@code total} match. */
    private static void page(HttpExchange exchange, int total, String... keys) throws IOException {
        int startAt = Integer.parseInt(LoopbackJira.query(exchange).get("startAt"));
        LoopbackJira.respond(exchange, 200, LoopbackJira.page(startAt, keys.length, total,
                Arrays.stream(keys).map(LoopbackJira::task).toList()).toString());
    }

    /** Writes a body of {@code length} bytes (0: chunked) as {@code writer} does, until the scan hangs up. */
    private static void stream(HttpExchange exchange, long length, BodyWriter writer) throws IOException {
        exchange.sendResponseHeaders(200, length);
        try (OutputStream body = exchange.getResponseBody()) {
            writer.write(body);
        } catch (IOException | InterruptedException e) {
            exchange.close();
        }
    }

    private interface BodyWriter {
        void write(OutputStream body) throws IOException, InterruptedException;
    }

    @Test
    void neverSendsTheTokenWhereARedirectToAnotherHostPoints() {
        HostileJira elsewhere = jira(exchange -> page(exchange, 1, "EVIL-1"));
        String target = elsewhere.url().replace("127.0.0.1", "localhost") + "/collect";
        HostileJira jira = jira(exchange -> {
            exchange.getResponseHeaders().add("Location", target);
            LoopbackJira.respond(exchange, 302, "");
        });

        for (String[] auth : List.of(new String[0], new String[] {"--user", USER})) {
            List<String> options = new ArrayList<>(List.of("--url", jira.url()));
            options.addAll(List.of(auth));
            CliRun result = scan(options.toArray(String[]::new));

            assertThat(result.exitCode).as(result.toString()).isEqualTo(3);
            assertThat(result.err).contains("redirected /rest/api/2/search to " + target).contains("sends the token to no other site");
        }
        assertThat(elsewhere.authorizations).isEmpty();
    }

    @Test
    void followsARedirectWithinTheSameOrigin() {
        HostileJira jira = jira(exchange -> {
            if (exchange.getRequestURI().getQuery().contains("moved")) {
                page(exchange, 1, "MOB-1");
            } else {
                exchange.getResponseHeaders().add("Location", exchange.getRequestURI() + "&moved=1");
                LoopbackJira.respond(exchange, 301, "");
            }
        });

        CliRun result = scan("--url", jira.url());

        assertThat(result.exitCode).as(result.toString()).isZero();
        assertThat(jira.authorizations).hasSize(3).containsOnly("Bearer " + TOKEN);
    }

    @Test
    void stopsWaitingForABodyThatTrickles() {
        limits = new ScanLimits(limits.pageBytes(), Duration.ofMillis(500), limits.scanTimeout(), limits.rateLimitWait());
        HostileJira jira = jira(exchange -> stream(exchange, 1_000, body -> {
            for (int i = 0; i < 100; i++) {
                body.write(' ');
                body.flush();
                Thread.sleep(20);
            }
        }));

        CliRun result = scan("--url", jira.url());

        assertThat(result.exitCode).isEqualTo(3);
        assertThat(result.err).contains("did not send /rest/api/2/search within 500 ms");
    }

    @Test
    void stopsWhenAPageRepeats() {
        HostileJira jira = jira(exchange -> page(exchange, 10, "MOB-1", "MOB-2"));

        CliRun result = scan("--url", jira.url());

        assertThat(result.exitCode).isEqualTo(3);
        assertThat(result.err).contains("answered the page MOB-1 to MOB-2 twice").contains("rather than page forever");
    }

    @Test
    void stopsWhenTheTotalGrows() {
        HostileJira jira = jira(exchange -> {
            int startAt = Integer.parseInt(LoopbackJira.query(exchange).get("startAt"));
            page(exchange, 4 + startAt, "MOB-" + (startAt + 1), "MOB-" + (startAt + 2));
        });

        CliRun result = scan("--url", jira.url());

        assertThat(result.exitCode).isEqualTo(3);
        assertThat(result.err).contains("said 4 issues match, then 6");
    }

    @Test
    void stopsReadingAPageLargerThanTheCap() {
        limits = new ScanLimits(16 * 1024, limits.pageTimeout(), limits.scanTimeout(), limits.rateLimitWait());
        HostileJira jira = jira(exchange -> stream(exchange, 0, body -> body.write(
                ("{\"issues\": [], \"padding\": \"" + "x".repeat(64 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8))));

        CliRun result = scan("--url", jira.url());

        assertThat(result.exitCode).isEqualTo(3);
        assertThat(result.err).contains("answered more than 16 KiB for one page of /rest/api/2/search");
    }

    @Test
    void neverPrintsTheTokenAnErrorBodyEchoes() {
        HostileJira jira = jira(exchange -> LoopbackJira.respond(exchange, 500, "Request headers: Authorization: "
                + exchange.getRequestHeaders().getFirst("Authorization") + " token=" + TOKEN + " json=" + TOKEN.replace("/", "\\/")
                + " \u001b]0;pwned\u0007 \u001b[2J \u202eevil\u202c " + "x".repeat(5_000)));

        for (String[] auth : List.of(new String[0], new String[] {"--user", USER})) {
            List<String> options = new ArrayList<>(List.of("--url", jira.url()));
            options.addAll(List.of(auth));
            CliRun result = scan(options.toArray(String[]::new));

            assertThat(result.exitCode).isEqualTo(3);
            assertThat(result.err).contains("Jira answered 500 for /rest/api/2/search: Request headers: Authorization:")
                    .contains(ServerText.REDACTED).doesNotContain(TOKEN).doesNotContain("s3cret").doesNotContain(BASIC)
                    .doesNotContain("\u001b").doesNotContain("\u0007").doesNotContain("\u202e").doesNotContain("x".repeat(300));
        }
    }

    @Test
    void neverPrintsTheTokenAnAnswerThatIsNotJsonEchoes() {
        HostileJira jira = jira(exchange -> LoopbackJira.respond(exchange, 200, TOKEN + " is what you sent"));

        CliRun result = scan("--url", jira.url(), "--verbose");

        assertThat(result.exitCode).isEqualTo(3);
        assertThat(result.err).contains("answered what is not JSON ([token] is what you sent)").doesNotContain("s3cret");
    }

    @Test
    void stopsFollowingRedirectsWithinTheOriginAfterFiveHops() {
        HostileJira jira = jira(exchange -> {
            exchange.getResponseHeaders().add("Location", exchange.getRequestURI() + "&again=1");
            LoopbackJira.respond(exchange, 307, "");
        });

        CliRun result = scan("--url", jira.url());

        assertThat(result.exitCode).isEqualTo(3);
        assertThat(result.err).contains("redirected /rest/api/2/search more than 5 times");
    }

    @Test
    void stopsWhenCloudRepeatsAPageToken() {
        HostileJira jira = cloud("{\"issues\": [{\"key\": \"MOB-1\"}], \"nextPageToken\": \"again\"}",
                "{\"issues\": [{\"key\": \"MOB-2\"}], \"nextPageToken\": \"again\"}");

        CliRun result = scan("--url", jira.url());

        assertThat(result.exitCode).isEqualTo(3);
        assertThat(result.err).contains("answered the same nextPageToken twice");
    }

    @Test
    void stopsWhenCloudAnswersAnEmptyPageThatIsNotTheLast() {
        HostileJira jira = cloud("{\"issues\": [], \"nextPageToken\": \"more\", \"isLast\": false}");

        CliRun result = scan("--url", jira.url());

        assertThat(result.exitCode).isEqualTo(3);
        assertThat(result.err).contains("answered an empty page that is not the last");
    }
}
