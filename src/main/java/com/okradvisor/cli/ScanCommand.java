package com.okradvisor.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.okradvisor.model.Mapping;
import com.okradvisor.model.Objective;
import com.okradvisor.model.Portfolio;
import com.okradvisor.settings.OkrSettings;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code scan --url URL}: asks the site what it is (or takes {@code --deployment}), fetches objectives
 * and KPIs with {@code --jql}, then the key results of the objectives found, and judges them exactly
 * as {@code check} judges a file; {@code --save} keeps what it fetched for {@code check}. The URL and
 * JQL are checked before any request; the token is read from the environment and goes to the URL's
 * origin only (see {@link JiraHttp}).
 */
@Command(name = "scan", mixinStandardHelpOptions = true,
        description = "Judge a live Jira Data Center or Cloud site through its REST search API."
                + " The token is read from an environment variable, never from the command line.")
final class ScanCommand implements Callable<Integer> {

    /** Key results are fetched for this many objectives per search. */
    static final int KEYS_PER_SEARCH = 50;
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParentCommand
    OkrAdvisorCli cli;

    @Spec
    CommandSpec spec;

    @Option(names = "--url", required = true, paramLabel = "URL",
            description = "The Jira base URL, e.g. https://jira.example.com or https://your-site.atlassian.net."
                    + " Plain http only to this machine unless --allow-http.")
    String url;

    @Option(names = "--jql", paramLabel = "JQL",
            description = "Which objectives and KPIs to judge (default: from the mapping: epics labelled okr, and KPIs)."
                    + " It must have a condition: ORDER BY alone is refused.")
    String jql;

    @Option(names = "--user", paramLabel = "U",
            description = "Jira Cloud: your e-mail address; the token is then an API token sent as Basic auth."
                    + " Without it the token is a Data Center personal access token sent as Bearer.")
    String user;

    @Option(names = "--token-env", paramLabel = "VAR", defaultValue = "JIRA_TOKEN",
            description = "The environment variable that holds the token (default: ${DEFAULT-VALUE}).")
    String tokenEnv;

    @Option(names = "--deployment", paramLabel = "KIND",
            description = "cloud or datacenter: what the site is, instead of asking it (GET /rest/api/2/serverInfo).")
    Deployment deployment;

    @Option(names = "--allow-http", description = "Allow plain http to a host other than this machine:"
            + " the token then travels unencrypted.")
    boolean allowHttp;

    @Option(names = "--save", paramLabel = "FILE.json",
            description = "Also write the pages fetched to FILE.json, an array of search pages that check reads.")
    Path save;

    @Option(names = "--max-issues", paramLabel = "N", defaultValue = "200000",
            description = "Stop (exit 3) rather than fetch more than N issues (default: ${DEFAULT-VALUE}).")
    int maxIssues;

    @Mixin
    ReportOptions options;

    /** The scan's clock and waits; tests make them instant. */
    ScanTime time = ScanTime.system();

    /** What the scan takes from a server; tests lower them. */
    ScanLimits limits = ScanLimits.DEFAULTS;

    @Override
    public Integer call() throws BadInputException, JiraUnavailableException {
        RulesInBackground rules = RulesInBackground.start();
        OkrSettings settings = options.settings();
        JiraUrl site = JiraUrl.parse(url, allowHttp);
        if (jql != null && Jql.isUnbounded(jql)) {
            throw new BadInputException("--jql has no condition, only ORDER BY or nothing: it would fetch every issue of"
                    + " the site, and Jira Cloud refuses it (400); give one, e.g. --jql 'project = MOB AND issuetype = Epic'");
        }
        if (maxIssues < 1) {
            throw new BadInputException("--max-issues must be at least 1, was " + maxIssues);
        }
        String token = cli.environment(tokenEnv);
        if (token == null || token.isBlank()) {
            throw new BadInputException("the environment variable " + tokenEnv + " is empty: put a "
                    + (user == null ? "personal access token" : "Jira Cloud API token") + " in it (see --token-env)");
        }
        if (site.scheme().equals("http") && !site.isLoopback()) {
            cli.warn("--url uses plain http: the token travels unencrypted; use https");
        }
        ScanProgress progress = new ScanProgress(spec.commandLine().getErr(), Ansi.AUTO.enabled());
        JiraHttp http = new JiraHttp(site, authorization(token.strip()), ServerText.hiding(token.strip(), user), time,
                limits, progress);
        Deployment kind = deployment == null ? Deployment.of(http) : deployment;
        JiraSearchClient client = new JiraSearchClient(http, kind, progress, maxIssues);
        Mapping mapping = settings.mapping();
        List<JsonNode> pages = new ArrayList<>(client.search(jql == null ? defaultJql(mapping) : jql));
        String source = site.toString();
        List<String> objectiveKeys = new JiraSearchReader(mapping, warning -> { }).read(source, merged(pages))
                .objectives().stream().map(Objective::key).toList();
        for (int from = 0; from < objectiveKeys.size(); from += KEYS_PER_SEARCH) {
            List<String> batch = objectiveKeys.subList(from, Math.min(from + KEYS_PER_SEARCH, objectiveKeys.size()));
            pages.addAll(client.search(keyResultJql(mapping, kind, batch)));
        }
        if (save != null) {
            save(pages);
        }
        Portfolio portfolio = new JiraSearchReader(mapping, cli::warn).read(source, merged(pages));
        return options.report(portfolio, settings, rules.get(), cli.today(), spec.commandLine().getOut());
    }

    private String authorization(String token) {
        if (user == null) {
            return "Bearer " + token;
        }
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + token).getBytes(StandardCharsets.UTF_8));
    }

    /** Objectives and KPIs as the mapping selects them. */
    static String defaultJql(Mapping mapping) {
        return "(" + mapping.objectiveJql() + ") OR " + mapping.kpiJql() + " ORDER BY key";
    }

    /** The issues in these epics, through the epic link field (Data Center) or the parent (Cloud). */
    static String keyResultJql(Mapping mapping, Deployment kind, List<String> epicKeys) {
        String keys = String.join(", ", epicKeys);
        return (kind == Deployment.CLOUD ? "parent" : Mapping.quoted(mapping.epicLinkField())) + " in (" + keys + ") ORDER BY key";
    }

    /** Writes the pages as fetched, an array of search pages that {@code check} reads. */
    private void save(List<JsonNode> pages) throws BadInputException {
        try {
            Path parent = save.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (OutputStream out = Files.newOutputStream(save)) {
                JSON.writeValue(out, JsonNodeFactory.instance.arrayNode().addAll(pages));
            }
        } catch (IOException e) {
            throw new BadInputException(save + ": cannot save the fetched pages: " + e.getMessage(), e);
        }
    }
    /** One page with every issue once (a key result may also match --jql) and every field name. */
    private static JsonNode merged(List<JsonNode> pages) {
        ObjectNode merged = JsonNodeFactory.instance.objectNode();
        ObjectNode names = merged.putObject("names");
        ArrayNode issues = merged.putArray("issues");
        Set<String> seen = new HashSet<>();
        for (JsonNode page : pages) {
            page.path("names").fields().forEachRemaining(entry -> names.set(entry.getKey(), entry.getValue()));
            for (JsonNode issue : page.path("issues")) {
                if (seen.add(issue.path("key").asText())) {
                    issues.add(issue);
                }
            }
        }
        return merged;
    }
}
