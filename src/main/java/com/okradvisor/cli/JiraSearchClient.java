package com.okradvisor.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Pages through a live Jira's {@code /rest/api/2/search} with the JDK's HttpClient: {@code expand=names}
 * and the three {@code okr.*} properties, {@code startAt} until {@code total}. Answers 429 and 503 are
 * retried with backoff, honouring {@code Retry-After}; 401, 403, 404 and an unreachable host end the
 * scan with a {@link JiraUnavailableException} that says what to fix.
 */
final class JiraSearchClient {

    static final int PAGE_SIZE = 100;
    static final int MAX_ATTEMPTS = 5;
    private static final String PROPERTIES = "okr.metric,okr.checkins,okr.kpi";
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);
    private static final long MAX_WAIT_SECONDS = 60;

    /** Waits between attempts; tests replace it so they do not sleep. */
    interface Pause {
        void seconds(long seconds) throws InterruptedException;
    }

    private final URI base;
    private final String authorization;
    private final HttpClient http;
    private final Pause pause;
    private final ScanProgress progress;

    JiraSearchClient(URI base, String authorization, Pause pause, ScanProgress progress) {
        String text = base.toString();
        this.base = URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
        this.authorization = authorization;
        this.http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).followRedirects(HttpClient.Redirect.NORMAL).build();
        this.pause = pause;
        this.progress = progress;
    }

    /** Every page of the search for {@code jql}, in order. */
    List<JsonNode> search(String jql) throws JiraUnavailableException, BadInputException {
        List<JsonNode> pages = new ArrayList<>();
        int startAt = 0;
        int fetched = 0;
        while (true) {
            JsonNode page = page(jql, startAt);
            pages.add(page);
            int count = page.path("issues").size();
            int total = page.path("total").asInt(0);
            fetched += count;
            if (total > count || pages.size() > 1) {
                progress.fetched(fetched, total);
            }
            if (count == 0 || fetched >= total) {
                return pages;
            }
            startAt += count;
        }
    }

    private JsonNode page(String jql, int startAt) throws JiraUnavailableException, BadInputException {
        URI uri = URI.create(base + "/rest/api/2/search?jql=" + URLEncoder.encode(jql, StandardCharsets.UTF_8)
                + "&startAt=" + startAt + "&maxResults=" + PAGE_SIZE + "&expand=names&properties=" + PROPERTIES);
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(REQUEST_TIMEOUT)
                .header("Authorization", authorization).header("Accept", "application/json").GET().build();
        for (int attempt = 1; ; attempt++) {
            HttpResponse<byte[]> response = send(request, attempt);
            if (response == null) {
                continue;
            }
            int status = response.statusCode();
            if (status == 200) {
                String source = base + " (search page starting at " + startAt + ")";
                try {
                    JsonNode page = JiraSearchReader.parse(source, new ByteArrayInputStream(response.body()));
                    if (!page.path("issues").isArray()) {
                        throw new BadInputException(source + ": the answer has no \"issues\" list");
                    }
                    return page;
                } catch (BadInputException e) {
                    throw new JiraUnavailableException(e.getMessage()
                            + " (is --url the Jira base URL, and is no login page or proxy answering instead?)", e);
                }
            }
            if ((status == 429 || status == 503) && attempt < MAX_ATTEMPTS) {
                pauseFor(status, retryAfter(response, attempt));
                continue;
            }
            throw refuse(status, uri, body(response));
        }
    }

    private HttpResponse<byte[]> send(HttpRequest request, int attempt) throws JiraUnavailableException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpTimeoutException e) {
            if (attempt < MAX_ATTEMPTS) {
                pauseFor(0, backoff(attempt));
                return null;
            }
            throw new JiraUnavailableException(base + " did not answer within " + REQUEST_TIMEOUT.toSeconds()
                    + " s, " + MAX_ATTEMPTS + " times; try again later or narrow --jql", e);
        } catch (ConnectException e) {
            throw new JiraUnavailableException("cannot connect to " + base + " (" + e.getClass().getSimpleName()
                    + "); check --url and your network or proxy", e);
        } catch (IOException e) {
            throw new JiraUnavailableException("cannot reach " + base + ": " + e + "; check --url and your network", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new JiraUnavailableException("the scan was interrupted", e);
        }
    }

    /** Waits before the next attempt; {@code status} is Jira's answer, 0 for a timeout. */
    private void pauseFor(int status, long seconds) throws JiraUnavailableException {
        progress.waiting(status, seconds);
        try {
            pause.seconds(seconds);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new JiraUnavailableException("the scan was interrupted", e);
        }
    }

    /** Retry-After in seconds when Jira sends it (capped), else exponential backoff. */
    private static long retryAfter(HttpResponse<?> response, int attempt) {
        return response.headers().firstValue("Retry-After")
                .filter(value -> value.strip().matches("\\d{1,9}"))
                .map(value -> Math.min(Long.parseLong(value.strip()), MAX_WAIT_SECONDS))
                .orElse(backoff(attempt));
    }

    private static long backoff(int attempt) {
        return Math.min(1L << (attempt - 1), MAX_WAIT_SECONDS);
    }

    private static JiraUnavailableException refuse(int status, URI uri, String body) throws BadInputException {
        if (status == 400) {
            throw new BadInputException("Jira refused the search (400): " + body + "; check --jql");
        }
        return switch (status) {
            case 401 -> new JiraUnavailableException("Jira refused the credentials (401): the token is wrong or expired."
                    + " Create a new token and put it in the environment variable given by --token-env;"
                    + " for Jira Cloud also give --user with your e-mail address");
            case 403 -> new JiraUnavailableException("Jira refused access (403): the account may not browse these issues,"
                    + " or Jira wants a CAPTCHA after failed logins (log in once in a browser). " + body);
            case 404 -> new JiraUnavailableException("no Jira search API at " + uri.getScheme() + "://" + uri.getAuthority()
                    + uri.getPath() + " (404): give --url as the Jira base URL, e.g. https://jira.example.com or"
                    + " https://your-site.atlassian.net");
            case 429, 503 -> new JiraUnavailableException("Jira is still overloaded (" + status + ") after "
                    + MAX_ATTEMPTS + " attempts; try again later or narrow --jql");
            default -> new JiraUnavailableException("Jira answered " + status + ": " + body);
        };
    }

    private static String body(HttpResponse<byte[]> response) {
        String text = new String(response.body(), StandardCharsets.UTF_8).strip();
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
