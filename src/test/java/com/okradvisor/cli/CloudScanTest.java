package com.okradvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CloudScanTest {

    private static final Map<String, String> API_TOKEN = Map.of("JIRA_TOKEN", "api-token");
    /** A minute after the scan starts, in the format Atlassian documents for X-RateLimit-Reset (yyyy-MM-ddTHH:mmZ). */
    private static final String RESET_IN_A_MINUTE = "2027-02-15T00:01Z";

    @TempDir
    Path folder;

    private final CloudJira cloud = new CloudJira();
    private final FakeTime time = new FakeTime();
    private ScanLimits limits = ScanLimits.DEFAULTS;

    @AfterEach
    void stopJira() {
        cloud.close();
    }

    private CliRun scan(String... options) {
        String[] args = new String[options.length + 4];
        System.arraycopy(new String[] {"--url", cloud.url(), "--user", "ann@example.com"}, 0, args, 0, 4);
        System.arraycopy(options, 0, args, 4, options.length);
        return CliRun.scan(API_TOKEN, scan -> {
            scan.time = time;
            scan.limits = limits;
        }, args);
    }

    @Test
    void judgesACloudSiteExactlyAsCheckJudgesTheDataCenterExportOfTheSameIssues() {
        CliRun scanned = scan("--format", "json");
        CliRun checked = CliRun.run("check", ExportFiles.write(folder, "export.json", ExportFiles.sample()).toString(),
                "--format", "json");

        assertThat(scanned.exitCode).as(scanned.toString()).isZero();
        assertThat(scanned.out).isEqualTo(checked.out);
    }

    @Test
    void fetchesAKeyResultsSubTasksAndLinkedIssuesAndCountsItsWorkAsCheckDoes() throws Exception {
        String export = ExportFiles.sampleWithWork();
        CliRun scanned;
        try (CloudJira withWork = new CloudJira(export)) {
            scanned = CliRun.scan(API_TOKEN, scan -> scan.time = time, "--url", withWork.url(), "--user", "ann@example.com",
                    "--format", "json");
        }
        CliRun checked = CliRun.run("check", ExportFiles.write(folder, "export.json", export).toString(), "--format", "json");

        assertThat(scanned.out).isEqualTo(checked.out);
        JsonNode mob3 = new ObjectMapper().readTree(scanned.out).get("objectives").get(0).get("keyResults").get(1);
        assertThat(mob3.get("key").asText()).isEqualTo("MOB-3");
        assertThat(mob3.get("work").toString()).isEqualTo("{\"count\":3,\"done\":2,\"hidden\":0}");
    }

    @Test
    void asksTheSiteWhatItIsThenPagesSearchJqlByTokenWithTheFieldsNamed() {
        scan();

        assertThat(cloud.paths).startsWith(Deployment.SERVER_INFO).doesNotContain(JiraSearchClient.DATA_CENTER_SEARCH);
        assertThat(cloud.searches).extracting(query -> query.get("nextPageToken"))
                .containsExactly(null, "page-2", "page-4", null, "page-2");
        assertThat(cloud.searches.get(0)).containsEntry("fields", JiraSearchClient.FIELDS).containsEntry("expand", "names")
                .containsEntry("properties", "okr.metric,okr.checkins,okr.kpi")
                .containsEntry("jql", "(issuetype = \"Epic\" AND labels = \"okr\") OR issuetype = \"KPI\" OR labels = \"kpi\""
                        + " ORDER BY key");
        assertThat(cloud.searches.get(3)).containsEntry("jql", "parent in (MOB-1) ORDER BY key");
    }

    @Test
    void takesTheDeploymentFromTheOptionWithoutAskingTheSite() {
        CliRun result = scan("--deployment", "cloud");

        assertThat(result.exitCode).as(result.toString()).isZero();
        assertThat(cloud.paths).doesNotContain(Deployment.SERVER_INFO);
    }

    @Test
    void showsProgressWithoutATotalAsCloudTellsNone() {
        CliRun result = scan();

        assertThat(result.err).contains("fetched 2 issues").contains("fetched 6 issues").doesNotContain(" of ");
    }

    @Test
    void endsWithExit3NamingTheRemovedEndpointWhenTheOptionSaysDataCenter() {
        CliRun result = scan("--deployment", "datacenter");

        assertThat(result.exitCode).isEqualTo(3);
        assertThat(result.err).contains("410 Gone for " + cloud.url() + "/rest/api/2/search")
                .contains("--deployment cloud").doesNotContain("\tat ");
    }

    @Test
    void refusesAnUnboundedJqlBeforeAnyRequest() {
        CliRun result = scan("--jql", "ORDER BY created DESC");

        assertThat(result.exitCode).isEqualTo(2);
        assertThat(result.err).contains("--jql has no condition");
        assertThat(cloud.paths).isEmpty();
    }

    @Test
    void savesThePagesItFetchedForCheckToJudgeOffline() throws Exception {
        Path saved = folder.resolve("exports/cloud.json");

        CliRun scanned = scan("--save", saved.toString(), "--format", "json");
        CliRun checked = CliRun.run("check", saved.toString(), "--format", "json");

        JsonNode pages = new ObjectMapper().readTree(saved.toFile());
        assertThat(pages.size()).isEqualTo(cloud.searches.size());
        assertThat(pages.get(0).has("total")).isFalse();
        assertThat(pages.get(0).path("nextPageToken").asText()).isEqualTo("page-2");
        assertThat(checked.exitCode).as(checked.toString()).isZero();
        assertThat(checked.out).isEqualTo(scanned.out);
    }

    @Test
    void waitsUntilTheRateLimitResetsWhenThatIsLaterThanRetryAfter() {
        cloud.thenFail(429, Map.of("Retry-After", "5", "X-RateLimit-Reset", RESET_IN_A_MINUTE), "{}");

        CliRun result = scan();

        assertThat(result.exitCode).as(result.toString()).isZero();
        assertThat(time.pauses).containsExactly(60L);
        assertThat(result.err).contains("Jira answered 429; waiting 60 s before trying again");
    }

    @Test
    void waitsAsRetryAfterSaysOn503() {
        cloud.thenFail(503, Map.of("Retry-After", "4"), "Service Unavailable");

        assertThat(scan().exitCode).isZero();
        assertThat(time.pauses).containsExactly(4L);
    }

    @Test
    void givesUpWithExit3WhenJiraAsksForMoreWaitingThanTheScanAllows() {
        limits = new ScanLimits(limits.pageBytes(), limits.pageTimeout(), limits.scanTimeout(), Duration.ofSeconds(20));
        cloud.thenFail(429, Map.of("X-RateLimit-Reset", RESET_IN_A_MINUTE), "{}");

        CliRun result = scan();

        assertThat(result.exitCode).isEqualTo(3);
        assertThat(time.pauses).isEmpty();
        assertThat(result.err).contains("Jira asks the scan to wait 60 s (429)").contains("waits at most 20 s in all")
                .contains("try again after 2027-02-15T00:01:00Z");
    }

    @Test
    void stopsWhenTheWholeScanPassesItsDeadline() {
        limits = new ScanLimits(limits.pageBytes(), limits.pageTimeout(), Duration.ofSeconds(10), limits.rateLimitWait());
        cloud.thenFail(429, Map.of("Retry-After", "7"), "{}");
        cloud.thenFail(429, Map.of("Retry-After", "7"), "{}");

        CliRun result = scan();

        assertThat(result.exitCode).isEqualTo(3);
        assertThat(result.err).contains("the scan took longer than 10 s and stopped");
    }

    @Test
    void saysToCheckTheAddressAndApiTokenWhenCloudRefusesThem() {
        cloud.thenFail(401, Map.of(), "");

        CliRun result = scan("--deployment", "cloud");

        assertThat(result.exitCode).isEqualTo(3);
        assertThat(result.err).contains("check the e-mail address given with --user").doesNotContain("Data Center 11");
    }

    @Test
    void checkReadsAVersion3PageWhoseRichTextIsAnAdfDocument() {
        String adf = "{\"type\": \"doc\", \"version\": 1, \"content\": [{\"type\": \"paragraph\","
                + " \"content\": [{\"type\": \"text\", \"text\": \"Why it matters\"}]}]}";
        Path plain = ExportFiles.write(folder, "v2.json", ExportFiles.sample());
        Path rich = ExportFiles.write(folder, "v3.json", ExportFiles.sample().replace("\"description\": null", "\"description\": " + adf));

        CliRun checked = CliRun.run("check", rich.toString(), "--format", "json");

        assertThat(ExportFiles.sample()).contains("\"description\": null");
        assertThat(checked.exitCode).as(checked.toString()).isZero();
        assertThat(checked.out).isEqualTo(CliRun.run("check", plain.toString(), "--format", "json").out);
    }
}
