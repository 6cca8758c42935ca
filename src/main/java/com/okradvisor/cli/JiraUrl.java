package com.okradvisor.cli;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The {@code --url} of a scan, checked before any request: http or https, no user name or password
 * in it (they would show in messages and logs), and plain http only to this machine unless the user
 * allows it. Requests go to its origin (scheme, host and port) under its base path; its text, which
 * messages show, is that origin and path and nothing else the user typed.
 *
 * @param scheme {@code http} or {@code https}
 * @param host the host name or address as given ({@code [::1]} for IPv6)
 * @param port the port given, or -1 for the scheme's default
 * @param basePath the context path, without a trailing slash ({@code ""} for none)
 */
record JiraUrl(String scheme, String host, int port, String basePath) {

    private static final Pattern LOOPBACK_V4 = Pattern.compile("127(\\.\\d{1,3}){3}");

    /** {@code text} as a Jira base URL; {@code allowHttp} permits plain http to hosts other than this machine. */
    static JiraUrl parse(String text, boolean allowHttp) throws BadInputException {
        URI uri;
        try {
            uri = new URI(text.strip());
        } catch (URISyntaxException e) {
            throw new BadInputException("--url is not a URL (" + e.getReason() + " at character " + (e.getIndex() + 1)
                    + "); give the Jira base URL, e.g. https://jira.example.com");
        }
        String authority = uri.getRawAuthority();
        if (uri.getRawUserInfo() != null || (authority != null && authority.contains("@"))) {
            throw new BadInputException("--url must not hold a user name or password (user:password@host);"
                    + " give the user with --user and the token in the environment variable --token-env names");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http") || authority == null) {
            throw new BadInputException("--url must be the Jira base URL with https:// (or http://),"
                    + " e.g. https://jira.example.com or https://your-site.atlassian.net");
        }
        if (uri.getHost() == null) {
            String host = authority.replaceFirst(":\\d*$", "");
            String reason = host.contains("_")
                    ? "has an underscore, which Java's HTTP client cannot connect to; give its IP address or an alias"
                            + " without \"_\" (e.g. in /etc/hosts)"
                    : "is not a valid host name; give the Jira base URL, e.g. https://jira.example.com";
            throw new BadInputException("--url: the host " + host + " " + reason);
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new BadInputException("--url must be the Jira base URL without ?… or #…, e.g. https://jira.example.com");
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceFirst("/+$", "");
        JiraUrl url = new JiraUrl(scheme, uri.getHost(), uri.getPort(), path);
        if (scheme.equals("http") && !url.isLoopback() && !allowHttp) {
            throw new BadInputException("--url uses plain http, which would send the token unencrypted to " + url.host()
                    + "; use https, or give --allow-http if the network to it is trusted");
        }
        return url;
    }

    /** True for this machine: {@code localhost}, 127.0.0.0/8 and {@code [::1]}; names are not looked up. */
    boolean isLoopback() {
        String name = host.toLowerCase(Locale.ROOT);
        return name.equals("localhost") || name.equals("[::1]") || LOOPBACK_V4.matcher(name).matches();
    }

    /** The URI of {@code path} (starting with {@code /}) and {@code query} under the base path. */
    URI resolve(String path, String query) {
        return URI.create(origin() + basePath + path + (query.isEmpty() ? "" : "?" + query));
    }

    /**
     * True when the token may follow a redirect to {@code target}: the same origin, or the same host
     * moving from http to https (any port).
     */
    boolean trusts(URI target) {
        String targetScheme = target.getScheme() == null ? "" : target.getScheme().toLowerCase(Locale.ROOT);
        if (target.getHost() == null || !target.getHost().equalsIgnoreCase(host) || target.getRawUserInfo() != null) {
            return false;
        }
        if (targetScheme.equals(scheme)) {
            return effectivePort(targetScheme, target.getPort()) == effectivePort(scheme, port);
        }
        return scheme.equals("http") && targetScheme.equals("https");
    }

    /** {@code scheme://host[:port]}, as given. */
    String origin() {
        return scheme + "://" + host + (port == -1 ? "" : ":" + port);
    }

    private static int effectivePort(String scheme, int port) {
        return port != -1 ? port : scheme.equals("https") ? 443 : 80;
    }

    @Override
    public String toString() {
        return origin() + basePath;
    }
}
