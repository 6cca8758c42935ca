package com.okradvisor.cli;

import static com.okradvisor.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {

    @TempDir
    Path folder;

    private Path givenSample() {
        return ExportFiles.write(folder, "export.json", ExportFiles.sample());
    }

    @Test
    void reportsFindingsAsTextGroupedByObjectiveWithASummaryPerSeverity() {
        CliRun result = run("check", givenSample().toString());

        assertThat(result.exitCode).as(result.toString()).isZero();
        assertThat(result.out)
                .contains("MOB-1  Make the app a joy to open every morning")
                .contains("2027-Q1, aspirational, at risk: 30% done, 50% expected, owner Ann Doe")
                .contains("CRITICAL KR MOB-4 has no number, target or metric: 'Ship the new home screen' [kr-unmeasurable]")
                .containsPattern("CRITICAL +1")
                .containsPattern("MAJOR +3")
                .contains("6 findings in total")
                .doesNotContain("\u001B[");
        assertThat(result.err).isEmpty();
    }

    @Test
    void judgesAsOfTheGivenDay() {
        CliRun result = run("check", givenSample().toString(), "--as-of", "2027-01-10");

        assertThat(result.out).contains("as of 2027-01-10").doesNotContain("behind-schedule");
    }

    @Test
    void writesTheJsonOfDesignSection9InItsFieldOrder() throws Exception {
        CliRun result = run("check", givenSample().toString(), "--format", "json");

        JsonNode json = new ObjectMapper().readTree(result.out);
        assertThat(fieldNames(json)).containsExactly("asOf", "objectives", "kpis", "findings");
        JsonNode objective = json.get("objectives").get(0);
        assertThat(fieldNames(objective))
                .containsExactly("key", "title", "owner", "cycle", "progress", "expected", "health", "kind", "keyResults");
        assertThat(objective.get("key").asText()).isEqualTo("MOB-1");
        assertThat(objective.get("health").asText()).isEqualTo("at-risk");
        assertThat(objective.get("kind").asText()).as("read from the export's labels").isEqualTo("aspirational");
        JsonNode keyResult = objective.get("keyResults").get(0);
        assertThat(fieldNames(keyResult)).containsExactly("key", "title", "progress", "metric", "work");
        assertThat(keyResult.get("metric").get("current").asDouble()).isEqualTo(34.5);
        assertThat(keyResult.get("work").toString()).isEqualTo("{\"count\":0,\"done\":0,\"hidden\":0}");
        assertThat(json.get("kpis").get(0).get("objectives").get(0).asText()).isEqualTo("MOB-1");
        assertThat(fieldNames(json.get("findings").get(0))).containsExactly("rule", "severity", "issue", "message", "remedy");
        assertThat(json.get("findings").get(0).get("rule").asText()).isEqualTo("kr-unmeasurable");
    }

    @Test
    void writesOneCsvRowPerFinding() {
        CliRun result = run("check", givenSample().toString(), "--format", "csv");

        assertThat(result.out.split("\r\n")).hasSize(7);
        assertThat(result.out).startsWith("\"rule\",\"severity\",\"issue\",\"objective\",\"kind\",\"title\",\"message\",\"remedy\"\r\n"
                + "\"kr-unmeasurable\",\"CRITICAL\",\"MOB-4\",\"MOB-1\",\"aspirational\",");
    }

    @Test
    void writesTheHtmlReportToTheOutFile() throws Exception {
        Path out = folder.resolve("reports/okr.html");

        CliRun result = run("check", givenSample().toString(), "--format", "html", "--out", out.toString());

        assertThat(result.exitCode).isZero();
        assertThat(result.out).isEmpty();
        assertThat(Files.readString(out)).startsWith("<!DOCTYPE html>").contains("id=\"objective-MOB-1\"");
    }

    @Test
    void exitsWith1WhenAFindingReachesFailOn() {
        assertThat(run("check", givenSample().toString(), "--fail-on", "CRITICAL").exitCode).isEqualTo(1);
        assertThat(run("check", givenSample().toString(), "--fail-on", "major").exitCode).isEqualTo(1);
    }

    @Test
    void exitsWith0WhenNoFindingReachesFailOn() {
        Path config = ExportFiles.write(folder, "okr.properties", "rules.disabled = kr-unmeasurable\n");

        assertThat(run("check", givenSample().toString(), "--fail-on", "CRITICAL", "--config", config.toString()).exitCode)
                .isZero();
    }

    @Test
    void acceptsAndIgnoresThePluginsCoachGroupSoAnExportedSettingsFileRunsUnchanged() {
        Path config = ExportFiles.write(folder, "okr.properties", "coach.group = OKR coaches\n");

        CliRun withGroup = run("check", givenSample().toString(), "--config", config.toString());

        assertThat(withGroup.exitCode).isZero();
        assertThat(withGroup.out).isEqualTo(run("check", givenSample().toString()).out);
    }

    @Test
    void appliesTheConfigFilesThresholds() {
        Path config = ExportFiles.write(folder, "okr.properties", "threshold.staleAfterDays = 60\n");

        CliRun result = run("check", givenSample().toString(), "--config", config.toString());

        assertThat(result.out).doesNotContain("checkin-missing");
    }

    @Test
    void refusesAConfigFileWithAnUnknownKey() {
        Path config = ExportFiles.write(folder, "okr.properties", "threshold.staleDays = 60\n");

        CliRun result = run("check", givenSample().toString(), "--config", config.toString());

        assertThat(result.exitCode).isEqualTo(2);
        assertThat(result.err).contains("okr.properties: threshold.staleDays = \"60\": Unknown key; known keys: objective.issueType,");
    }

    @Test
    void refusesAConfigFileWithBadValuesNamingTheFileAndEveryKey() {
        Path config = ExportFiles.write(folder, "okr.properties",
                "threshold.staleAfterDays = 0\nprogress.fiscalYearStartMonth = 4.5\nobjective.issueType = Goal\n"
                        + "threshold.duplicateSimilarity = 0.2\n");

        CliRun result = run("check", givenSample().toString(), "--config", config.toString());

        assertThat(result.exitCode).isEqualTo(2);
        assertThat(result.err).contains(
                "okr.properties: progress.fiscalYearStartMonth = \"4.5\": Enter a whole number.",
                "okr.properties: threshold.staleAfterDays = \"0\": Enter a number from 1 to 365.",
                "okr.properties: threshold.duplicateSimilarity = \"0.2\": Enter a number from 0.5 to 1.");
        assertThat(result.out).isEmpty();
    }

    @Test
    void refusesAMissingFileNamingIt() {
        CliRun result = run("check", folder.resolve("nowhere.json").toString());

        assertThat(result.exitCode).isEqualTo(2);
        assertThat(result.err).contains("nowhere.json: no such file");
    }

    @Test
    void refusesAnUnknownFormatAsBadOptions() {
        CliRun result = run("check", givenSample().toString(), "--format", "pdf");

        assertThat(result.exitCode).isEqualTo(2);
        assertThat(result.err).contains("--format");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
