package com.okradvisor.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.okradvisor.model.Mapping;
import com.okradvisor.model.Objective;
import com.okradvisor.model.Portfolio;
import com.okradvisor.settings.OkrSettings;
import java.net.URI;
import java.nio.charset.StandardCharsets;
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
 * {@code scan --url URL}: fetches objectives and KPIs with {@code --jql}, then the key results of
 * the objectives found, and judges them exactly as {@code check} judges a file.
 */
@Command(name = "scan", mixinStandardHelpOptions = true,
        description = "Judge a live Jira Data Center or Cloud site through its REST search API."
                + " The token is read from an environment variable, never from the command line.")
final class ScanCommand implements Callable<Integer> {

    /** Key results are fetched for this many objectives per search. */
    static final int KEYS_PER_SEARCH = 50;

    @ParentCommand
    OkrAdvisorCli cli;

    @Spec
    CommandSpec spec;

    @Option(names = "--url", required = true, paramLabel = "URL",
            description = "The Jira base URL, e.g. https://jira.example.com or https://your-site.atlassian.net.")
    URI url;

    @Option(names = "--jql", paramLabel = "JQL",
            description = "Which objectives and KPIs to judge (default: from the mapping: epics labelled okr, and KPIs).")
    String jql;

    @Option(names = "--user", paramLabel = "U",
            description = "Jira Cloud: your e-mail address; the token is then an API token sent as Basic auth."
                    + " Without it the token is a Data Center personal access token sent as Bearer.")
    String user;

    @Option(names = "--token-env", paramLabel = "VAR", defaultValue = "JIRA_TOKEN",
            description = "The environment variable that holds the token (default: ${DEFAULT-VALUE}).")
    String tokenEnv;

    @Mixin
    ReportOptions options;

    /** How long to wait between attempts; tests make it instant. */
    JiraSearchClient.Pause pause = seconds -> Thread.sleep(seconds * 1000);

    @Override
    public Integer call() throws BadInputException, JiraUnavailableException {
        RulesInBackground rules = RulesInBackground.start();
        OkrSettings settings = options.settings();
        if (!"https".equalsIgnoreCase(url.getScheme()) && !"http".equalsIgnoreCase(url.getScheme())) {
            throw new BadInputException("--url " + url + ": give the Jira base URL with http:// or https://");
        }
        String token = cli.environment(tokenEnv);
        if (token == null || token.isBlank()) {
            throw new BadInputException("the environment variable " + tokenEnv + " is empty: put a "
                    + (user == null ? "personal access token" : "Jira Cloud API token") + " in it (see --token-env)");
        }
        if ("http".equalsIgnoreCase(url.getScheme()) && !List.of("localhost", "127.0.0.1").contains(url.getHost())) {
            cli.warn("--url uses plain http: the token travels unencrypted; use https");
        }
        JiraSearchClient client = new JiraSearchClient(url, authorization(token), pause,
                new ScanProgress(spec.commandLine().getErr(), Ansi.AUTO.enabled()));
        Mapping mapping = settings.mapping();
        List<JsonNode> pages = new ArrayList<>(client.search(jql == null ? defaultJql(mapping) : jql));
        String source = url.toString();
        List<String> objectiveKeys = new JiraSearchReader(mapping, warning -> { }).read(source, merged(pages))
                .objectives().stream().map(Objective::key).toList();
        for (int from = 0; from < objectiveKeys.size(); from += KEYS_PER_SEARCH) {
            List<String> batch = objectiveKeys.subList(from, Math.min(from + KEYS_PER_SEARCH, objectiveKeys.size()));
            pages.addAll(client.search(keyResultJql(mapping, batch)));
        }
        Portfolio portfolio = new JiraSearchReader(mapping, cli::warn).read(source, merged(pages));
        return options.report(portfolio, settings, rules.get(), cli.today(), spec.commandLine().getOut());
    }

    private String authorization(String token) {
        if (user == null) {
            return "Bearer " + token.strip();
        }
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + token.strip()).getBytes(StandardCharsets.UTF_8));
    }

    /** Objectives and KPIs as the mapping selects them. */
    static String defaultJql(Mapping mapping) {
        return "(" + mapping.objectiveJql() + ") OR " + mapping.kpiJql() + " ORDER BY key";
    }

    /** The issues in these epics, through the epic link field (Data Center) or the parent (Cloud). */
    String keyResultJql(Mapping mapping, List<String> epicKeys) {
        String keys = String.join(", ", epicKeys);
        return (user == null ? Mapping.quoted(mapping.epicLinkField()) : "parent") + " in (" + keys + ") ORDER BY key";
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
