package com.okradvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataCenterWindowTest {

    private static final Map<String, String> TOKEN = Map.of("JIRA_TOKEN", "s3cret");

    @TempDir
    Path folder;

    private DataCenterJira jira;

    @AfterEach
    void stopJira() {
        jira.close();
    }

    private CliRun scan(String... options) {
        String[] args = new String[options.length + 2];
        args[0] = "--url";
        args[1] = jira.url();
        System.arraycopy(options, 0, args, 2, options.length);
        return CliRun.scan(TOKEN, scan -> scan.time = new FakeTime(), args);
    }

    private Set<String> savedKeys(Path saved) throws Exception {
        Set<String> keys = new HashSet<>();
        for (JsonNode page : new ObjectMapper().readTree(saved.toFile())) {
            page.path("issues").forEach(issue -> keys.add(issue.path("key").asText()));
        }
        return keys;
    }

    @Test
    void fetchesASiteLargerThanTheWindowWithoutAskingPastIt() throws Exception {
        jira = new DataCenterJira(JiraSearchClient.SEARCH_WINDOW, Map.of("AAA", 6_000, "BBB", 4_500));
        Path saved = folder.resolve("large.json");

        CliRun result = scan("--save", saved.toString());

        assertThat(result.exitCode).as(result.err).isZero();
        assertThat(savedKeys(saved)).hasSize(10_500).contains("AAA-1", "BBB-4000", "BBB-4001", "BBB-4500");
        assertThat(jira.searches).allSatisfy(query -> assertThat(Integer.parseInt(query.get("startAt"))
                + Integer.parseInt(query.get("maxResults"))).isLessThanOrEqualTo(JiraSearchClient.SEARCH_WINDOW));
        assertThat(jira.searches.get(jira.searches.size() - 1).get("jql"))
                .endsWith("AND ((project = \"BBB\" AND key > \"BBB-4000\") OR project not in (\"AAA\", \"BBB\")) ORDER BY key");
    }

    @Test
    void goesOnAfterTheLastKeyWhenJiraAnswersSearchLimitExceededBeforeTheWindow() throws Exception {
        jira = new DataCenterJira(300, Map.of("AAA", 250, "BBB", 400));
        Path saved = folder.resolve("narrow.json");

        CliRun result = scan("--save", saved.toString());

        assertThat(result.exitCode).as(result.err).isZero();
        assertThat(savedKeys(saved)).hasSize(650);
        assertThat(result.err).contains("fetched 650 of 650 issues");
    }

    @Test
    void stopsBeforeFetchingASearchLargerThanMaxIssues() {
        jira = new DataCenterJira(JiraSearchClient.SEARCH_WINDOW, Map.of("AAA", 1_500));

        CliRun result = scan("--max-issues", "1000");

        assertThat(result.exitCode).isEqualTo(3);
        assertThat(result.err).contains("more than 1000 issues (--max-issues)");
        assertThat(jira.searches).hasSize(1);
    }
}
