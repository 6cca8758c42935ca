package com.okradvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScanCommandTest {

    private static final Map<String, String> TOKEN = Map.of("JIRA_TOKEN", "s3cret");

    @TempDir
    Path folder;

    private final SampleDataCenterJira jira = new SampleDataCenterJira();
    private final FakeTime time = new FakeTime();

    @AfterEach
    void stopJira() {
        jira.close();
    }

    private CliRun scan(Map<String, String> environment, String... options) {
        return CliRun.scan(environment, scan -> scan.time = time, options);
    }

    @Test
    void judgesWhatItFetchedExactlyAsCheckJudgesTheFile() {
        CliRun scanned = scan(TOKEN, "--url", jira.url(), "--format", "json");
        CliRun checked = CliRun.run("check", ExportFiles.write(folder, "export.json", ExportFiles.sample()).toString(),
                "--format", "json");

        assertThat(scanned.exitCode).as(scanned.toString()).isZero();
        assertThat(scanned.out).isEqualTo(checked.out);
    }

    @Test
    void countsAKeyResultsWorkFromWhatTheSearchAnswersAsCheckDoesWithoutAnotherRequest() throws Exception {
        String export = ExportFiles.sampleWithWork();
        CliRun scanned;
        int requestsWithWork;
        try (SampleDataCenterJira withWork = new SampleDataCenterJira(export)) {
            scanned = scan(TOKEN, "--url", withWork.url(), "--format", "json");
            requestsWithWork = withWork.requests.size();
        }
        CliRun checked = CliRun.run("check", ExportFiles.write(folder, "export.json", export).toString(), "--format", "json");
        scan(TOKEN, "--url", jira.url());

        assertThat(scanned.out).isEqualTo(checked.out);
        JsonNode mob3 = new ObjectMapper().readTree(scanned.out).get("objectives").get(0).get("keyResults").get(1);
        assertThat(mob3.get("work").toString()).isEqualTo("{\"count\":3,\"done\":2,\"hidden\":0}");
        assertThat(requestsWithWork).as("the work comes with the key results' pages").isEqualTo(jira.requests.size());
    }

    @Test
    void pagesByStartAtUntilTotalThenFetchesTheObjectivesKeyResults() {
        scan(TOKEN, "--url", jira.url());

        assertThat(jira.requests).extracting(request -> request.get("startAt")).containsExactly("0", "2", "4", "0", "2");
        assertThat(jira.requests.get(0)).containsEntry("expand", "names")
                .containsEntry("properties", "okr.metric,okr.checkins,okr.kpi")
                .containsEntry("jql", "(issuetype = \"Epic\" AND labels = \"okr\") OR issuetype = \"KPI\" OR labels = \"kpi\""
                        + " ORDER BY key");
        assertThat(jira.requests.get(3)).containsEntry("jql", "\"Epic Link\" in (MOB-1) ORDER BY key");
    }

    @Test
    void sendsADataCenterTokenAsBearer() {
        scan(TOKEN, "--url", jira.url());

        assertThat(jira.authorizations).containsOnly("Bearer s3cret");
    }

    @Test
    void sendsACloudTokenAsBasicWithTheUser() {
        scan(Map.of("ACME_JIRA", "api-token"), "--url", jira.url(), "--user", "ann@example.com", "--token-env", "ACME_JIRA");

        String basic = Base64.getEncoder().encodeToString("ann@example.com:api-token".getBytes());
        assertThat(jira.authorizations).containsOnly("Basic " + basic);
    }

    @Test
    void waitsAsRetryAfterSaysWhenJiraAnswers429() {
        jira.thenFailWith(429, "7", "{\"errorMessages\":[\"Rate limit exceeded\"]}");

        CliRun result = scan(TOKEN, "--url", jira.url());

        assertThat(result.exitCode).as(result.toString()).isZero();
        assertThat(time.pauses).containsExactly(7L);
        assertThat(result.err).contains("Jira answered 429; waiting 7 s before trying again");
    }

    @Test
    void backsOffExponentiallyOn503WithoutRetryAfterAndGivesUpWithExit3() {
        for (int i = 0; i < JiraHttp.MAX_ATTEMPTS; i++) {
            jira.thenFailWith(503, null, "Service Unavailable");
        }

        CliRun result = scan(TOKEN, "--url", jira.url());

        assertThat(result.exitCode).isEqualTo(3);
        assertThat(time.pauses).containsExactly(1L, 2L, 4L, 8L);
        assertThat(result.err).contains("still overloaded (503) after 5 attempts");
    }

    @Test
    void exitsWith3AndSaysToRenewAnExpiredToken() {
        jira.thenFailWith(401, null, "");

        CliRun result = scan(TOKEN, "--url", jira.url());

        assertThat(result.exitCode).isEqualTo(3);
        assertThat(result.err).contains("Jira refused the credentials (401): the token is wrong or expired")
                .doesNotContain("s3cret").doesNotContain("\tat ");
    }

    @Test
    void exitsWith3WhenAccessIsForbidden() {
        jira.thenFailWith(403, null, "CAPTCHA_CHALLENGE");

        assertThat(scan(TOKEN, "--url", jira.url()).err).contains("Jira refused access (403)");
    }

    @Test
    void exitsWith3AndAsksForTheBaseUrlOn404() {
        CliRun result = scan(TOKEN, "--url", jira.url() + "/wrong");

        assertThat(result.exitCode).isEqualTo(3);
        assertThat(result.err).contains("(404): give --url as the Jira base URL");
    }

    @Test
    void exitsWith2WithJirasWordsWhenItRefusesTheJql() {
        jira.thenFailWith(400, null, "{\"errorMessages\":[\"Field 'sprint' does not exist.\"]}");

        CliRun result = scan(TOKEN, "--url", jira.url(), "--jql", "sprint = 7");

        assertThat(result.exitCode).isEqualTo(2);
        assertThat(result.err).contains("Jira refused the search (400)").contains("Field 'sprint' does not exist.")
                .contains("check --jql");
    }

    @Test
    void exitsWith3WhenJiraCannotBeReached() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }

        CliRun result = scan(TOKEN, "--url", "http://127.0.0.1:" + closedPort);

        assertThat(result.exitCode).isEqualTo(3);
        assertThat(result.err).contains("cannot connect to http://127.0.0.1:" + closedPort + " (ConnectException); check --url");
    }

    @Test
    void refusesToScanWithoutATokenInTheEnvironment() {
        CliRun result = scan(Map.of(), "--url", jira.url());

        assertThat(result.exitCode).isEqualTo(2);
        assertThat(result.err).contains("the environment variable JIRA_TOKEN is empty");
        assertThat(jira.requests).isEmpty();
    }

    @Test
    void exitsWith1WhenAScannedFindingReachesFailOn() {
        assertThat(scan(TOKEN, "--url", jira.url(), "--fail-on", "CRITICAL").exitCode).isEqualTo(1);
    }

    @Test
    void showsProgressOnStandardErrorForAScanOfSeveralPages() {
        CliRun result = scan(TOKEN, "--url", jira.url());

        assertThat(result.err).contains("fetched 2 of 6 issues").contains("fetched 6 of 6 issues").doesNotContain("warning");
    }

    @Test
    void saysDataCenter11TakesPersonalAccessTokensOnlyWhenItRefusesBasicAuth() {
        jira.thenFailWith(401, null, "");

        CliRun result = scan(TOKEN, "--url", jira.url(), "--user", "ann@example.com");

        assertThat(result.exitCode).isEqualTo(3);
        assertThat(result.err).contains("Data Center 11 takes personal access tokens only").contains("drop --user")
                .doesNotContain("e-mail address given with --user");
    }

    @Test
    void refusesPlainHttpToAnotherHostBeforeAnyRequestUnlessAllowed() {
        CliRun result = scan(TOKEN, "--url", "http://jira.example.com");

        assertThat(result.exitCode).isEqualTo(2);
        assertThat(result.err).contains("plain http, which would send the token unencrypted to jira.example.com")
                .contains("--allow-http");
    }

    @Test
    void refusesAUserAndPasswordInTheUrlWithoutRepeatingThem() {
        CliRun result = scan(TOKEN, "--url", "https://ann:hunter2@jira.example.com");

        assertThat(result.exitCode).isEqualTo(2);
        assertThat(result.err).contains("--url must not hold a user name or password").doesNotContain("hunter2")
                .doesNotContain("ann:");
        assertThat(jira.authorizations).isEmpty();
    }

    @Test
    void explainsThatAHostNameWithAnUnderscoreCannotBeReachedFromJava() {
        CliRun result = scan(TOKEN, "--url", "http://my_jira.local:8080");

        assertThat(result.exitCode).as(result.toString()).isEqualTo(2);
        assertThat(result.err).contains("the host my_jira.local has an underscore").contains("IP address");
    }

    @Test
    void refusesAMaxIssuesBelowOne() {
        assertThat(scan(TOKEN, "--url", jira.url(), "--max-issues", "0").err).contains("--max-issues must be at least 1");
    }
}
