package com.okradvisor.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodySubscriber;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * GET requests to one Jira site, made safe against the site: the token goes only to the origin of
 * {@code --url} (redirects are followed by hand, to that origin or from http to https on its host, at
 * most {@value #MAX_REDIRECTS} hops); an answer must arrive whole within the page timeout and the
 * scan's deadline and weigh at most the page cap, read as it streams; 429 and 503 are retried as
 * {@code Retry-After} (seconds) or {@code X-RateLimit-Reset} (an ISO 8601 instant) ask, else with
 * exponential backoff, at most {@value #MAX_ATTEMPTS} times a request and for a bounded wait in all.
 * Every failure ends the scan with a message that says what to do and quotes the server only through
 * {@link ServerText}.
 */
final class JiraHttp {

    static final int MAX_ATTEMPTS = 5;
    static final int MAX_REDIRECTS = 5;
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

    /** What Jira answered to a GET of {@code endpoint} (a path, named in messages). */
    record Answer(String endpoint, int status, HttpHeaders headers, byte[] body) {
    }

    private final JiraUrl site;
    private final String authorization;
    private final boolean basicAuth;
    private final ServerText serverText;
    private final ScanTime time;
    private final ScanLimits limits;
    private final ScanProgress progress;
    private final HttpClient http;
    private final Instant deadline;
    private long waitedSeconds;

    JiraHttp(JiraUrl site, String authorization, ServerText serverText, ScanTime time, ScanLimits limits,
            ScanProgress progress) {
        this.site = site;
        this.authorization = authorization;
        this.basicAuth = authorization.startsWith("Basic ");
        this.serverText = serverText;
        this.time = time;
        this.limits = limits;
        this.progress = progress;
        this.http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).followRedirects(HttpClient.Redirect.NEVER).build();
        this.deadline = time.now().plus(limits.scanTimeout());
    }

    JiraUrl site() {
        return site;
    }

    ServerText serverText() {
        return serverText;
    }

    /** Jira's answer to {@code path?query} under the base URL, after redirects and the waits Jira asked for. */
    Answer get(String path, String query) throws JiraUnavailableException {
        for (int attempt = 1; ; attempt++) {
            Answer answer = follow(site.resolve(path, query), path);
            int status = answer.status();
            if (status != 429 && status != 503) {
                return answer;
            }
            if (attempt == MAX_ATTEMPTS) {
                throw new JiraUnavailableException("Jira is still overloaded (" + status + ") after " + MAX_ATTEMPTS
                        + " attempts; try again later or narrow --jql");
            }
            Optional<Instant> reset = header(answer, "X-RateLimit-Reset").flatMap(JiraHttp::instant);
            Optional<Long> retryAfter = retryAfter(answer);
            long seconds = retryAfter.isEmpty() && reset.isEmpty() ? 1L << (attempt - 1)
                    : Math.max(retryAfter.orElse(0L), reset.map(this::secondsUntil).orElse(0L));
            if (waitedSeconds + seconds > limits.rateLimitWait().toSeconds()) {
                throw new JiraUnavailableException("Jira asks the scan to wait " + seconds + " s (" + status
                        + ") after it has waited " + waitedSeconds + " s, and a scan waits at most "
                        + ScanLimits.describe(limits.rateLimitWait()) + " in all; try again "
                        + reset.map(instant -> "after " + instant).orElse("later") + " or narrow --jql");
            }
            progress.waiting(status, seconds);
            try {
                time.pause(seconds);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new JiraUnavailableException("the scan was interrupted", e);
            }
            waitedSeconds += seconds;
        }
    }

    /**
     * The JSON of a 200 answer; an answer that is not JSON ends the scan. The parser's complaint is
     * left out, cause included: it quotes the answer by its own rules, which know nothing of the token.
     */
    JsonNode json(Answer answer) throws JiraUnavailableException {
        try {
            return JiraSearchReader.parse(site + answer.endpoint(), new ByteArrayInputStream(answer.body()));
        } catch (BadInputException e) {
            throw new JiraUnavailableException(site + answer.endpoint() + " answered what is not JSON ("
                    + serverText.quote(answer.body()) + "): is --url the Jira base URL, and is no login page or proxy"
                    + " answering instead?");
        }
    }

    /**
     * The failure an answer other than 200 means, with what to do; {@code deployment} is what the
     * site said it is, when it has said so. A 400 is bad input (the JQL), everything else exit 3.
     */
    JiraUnavailableException refusal(Answer answer, Optional<Deployment> deployment) throws BadInputException {
        int status = answer.status();
        String endpoint = answer.endpoint();
        if (status == 400) {
            throw new BadInputException("Jira refused the search (400): " + serverText.quote(answer.body()) + "; check --jql");
        }
        return new JiraUnavailableException(switch (status) {
            case 401 -> credentialsRefused(deployment);
            case 403 -> "Jira refused access (403) to " + endpoint + ": the account may not browse these issues, or Jira"
                    + " wants a CAPTCHA after failed logins (log in once in a browser). " + serverText.quote(answer.body());
            case 404 -> "no Jira API at " + site + endpoint + " (404): give --url as the Jira base URL, e.g."
                    + " https://jira.example.com or https://your-site.atlassian.net"
                    + (endpoint.equals(JiraSearchClient.CLOUD_SEARCH) ? "; Data Center has no " + endpoint
                            + ": for a Data Center site scan without --deployment cloud" : "");
            case 410 -> "Jira answered 410 Gone for " + site + endpoint + ": the site has removed this API"
                    + (endpoint.equals(JiraSearchClient.DATA_CENTER_SEARCH) ? ", as Jira Cloud removed it in 2025: for a"
                            + " Cloud site scan with --deployment cloud, or without --deployment so that the site says what"
                            + " it is; " : "; ")
                    + "otherwise use a current version of okr-advisor, which knows the APIs Jira has now";
            default -> "Jira answered " + status + " for " + endpoint + ": " + serverText.quote(answer.body())
                    + "; try again later, or ask the Jira administrator to look in Jira's log";
        });
    }

    private String credentialsRefused(Optional<Deployment> deployment) {
        String refused = "Jira refused the credentials (401): ";
        if (!basicAuth) {
            return refused + "the token is wrong or expired. Create a new token and put it in the environment variable"
                    + " given by --token-env; for Jira Cloud also give --user with your e-mail address";
        }
        String cloud = "on Jira Cloud check the e-mail address given with --user and create a new API token";
        String dataCenter = "Data Center 11 takes personal access tokens only (Basic auth is off by default):"
                + " drop --user and put a personal access token in the variable --token-env names";
        return refused + deployment.map(kind -> kind == Deployment.CLOUD ? cloud : dataCenter)
                .orElse(cloud + "; " + dataCenter);
    }

    private Answer follow(URI first, String endpoint) throws JiraUnavailableException {
        URI uri = first;
        for (int hop = 0; ; hop++) {
            HttpResponse<byte[]> response = send(uri, endpoint);
            if (!REDIRECTS.contains(response.statusCode())) {
                return new Answer(endpoint, response.statusCode(), response.headers(), response.body());
            }
            String location = response.headers().firstValue("Location").orElse("");
            Optional<URI> target = target(uri, location);
            if (target.isEmpty() || !site.trusts(target.get())) {
                String where = target.map(JiraHttp::withoutQuery).orElse(location);
                throw new JiraUnavailableException(site + " redirected " + endpoint + " to " + serverText.quote(where)
                        + ", which is not " + site.origin() + "; the scan sends the token to no other site: give --url"
                        + " as the address Jira itself answers on");
            }
            if (hop + 1 == MAX_REDIRECTS) {
                throw new JiraUnavailableException(site + " redirected " + endpoint + " more than " + MAX_REDIRECTS
                        + " times; give --url as the address Jira itself answers on");
            }
            uri = target.get();
        }
    }

    private HttpResponse<byte[]> send(URI uri, String endpoint) throws JiraUnavailableException {
        Duration timeout = timeLeft();
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).header("Authorization", authorization)
                .header("Accept", "application/json").GET().build();
        CompletableFuture<HttpResponse<byte[]>> answer = http.sendAsync(request, info -> new CappedBody(limits.pageBytes()));
        String late = site + " did not send " + endpoint + " within " + ScanLimits.describe(timeout) + "; try again later or narrow --jql";
        try {
            return answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            answer.cancel(true);
            throw new JiraUnavailableException(late, e);
        } catch (InterruptedException e) {
            answer.cancel(true);
            Thread.currentThread().interrupt();
            throw new JiraUnavailableException("the scan was interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof PageTooLargeException) {
                throw new JiraUnavailableException(site + " answered more than " + ScanLimits.describeBytes(limits.pageBytes())
                        + " for one page of " + endpoint + ", more than any Jira page; check --url", cause);
            }
            if (cause instanceof HttpTimeoutException) {
                throw new JiraUnavailableException(late, cause);
            }
            if (cause instanceof ConnectException) {
                throw new JiraUnavailableException("cannot connect to " + site + " (" + cause.getClass().getSimpleName()
                        + "); check --url and your network or proxy", cause);
            }
            throw new JiraUnavailableException("cannot reach " + site + ": " + serverText.quote(String.valueOf(cause))
                    + "; check --url and your network", cause);
        }
    }

    /** What is left of the page timeout and of the scan's deadline, whichever is less. */
    private Duration timeLeft() throws JiraUnavailableException {
        Duration left = Duration.between(time.now(), deadline);
        if (left.isNegative() || left.isZero()) {
            throw new JiraUnavailableException("the scan took longer than " + ScanLimits.describe(limits.scanTimeout())
                    + " and stopped; narrow --jql or scan at a quieter time");
        }
        return left.compareTo(limits.pageTimeout()) < 0 ? left : limits.pageTimeout();
    }

    private static Optional<String> header(Answer answer, String name) {
        return answer.headers().firstValue(name).map(String::strip);
    }

    private static Optional<Long> retryAfter(Answer answer) {
        return header(answer, "Retry-After").filter(value -> value.matches("\\d{1,9}")).map(Long::parseLong);
    }

    private static Optional<Instant> instant(String iso) {
        try {
            return Optional.of(OffsetDateTime.parse(iso).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private long secondsUntil(Instant instant) {
        long millis = Duration.between(time.now(), instant).toMillis();
        return millis <= 0 ? 0 : (millis + 999) / 1000;
    }

    private static Optional<URI> target(URI from, String location) {
        try {
            return location.isEmpty() ? Optional.empty() : Optional.of(from.resolve(new URI(location)));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String withoutQuery(URI uri) {
        return uri.getScheme() + "://" + uri.getRawAuthority().replaceFirst("^.*@", "") + uri.getRawPath();
    }

    /** An answer over the page cap. */
    private static final class PageTooLargeException extends IOException {
        private static final long serialVersionUID = 1L;
    }

    /** Collects a body as it streams and gives up, cancelling the exchange, at {@code maxBytes}. */
    private static final class CappedBody implements BodySubscriber<byte[]> {
        private final long maxBytes;
        private final CompletableFuture<byte[]> body = new CompletableFuture<>();
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private Flow.Subscription subscription;

        CappedBody(long maxBytes) {
            this.maxBytes = maxBytes;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return body;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            if (body.isDone()) {
                return;
            }
            for (ByteBuffer buffer : buffers) {
                if (bytes.size() + (long) buffer.remaining() > maxBytes) {
                    subscription.cancel();
                    body.completeExceptionally(new PageTooLargeException());
                    return;
                }
                byte[] chunk = new byte[buffer.remaining()];
                buffer.get(chunk);
                bytes.write(chunk, 0, chunk.length);
            }
        }

        @Override
        public void onError(Throwable throwable) {
            body.completeExceptionally(throwable);
        }

        @Override
        public void onComplete() {
            body.complete(bytes.toByteArray());
        }
    }
}
