package com.okradvisor.cli;

import static com.okradvisor.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad exports: exit 2 naming file, issue and field, or a warning and the issue left out; never a stack trace by default. */
class BadExportTest {

    @TempDir
    Path folder;

    private CliRun checkSampleWith(String target, String replacement) {
        String json = ExportFiles.sample();
        assertThat(json).contains(target);
        return check(json.replace(target, replacement));
    }

    private CliRun check(String json) {
        return run("check", ExportFiles.write(folder, "export.json", json).toString());
    }

    /** Exit code 2, the message on standard error, and no stack trace. */
    private static void assertRefused(CliRun result, String message) {
        assertThat(result.exitCode).as(result.toString()).isEqualTo(2);
        assertThat(result.err).contains(message).doesNotContain("\tat ");
    }

    @Test
    void refusesATruncatedFileWithWhereItStops() {
        String sample = ExportFiles.sample();

        CliRun result = check(sample.substring(0, sample.length() / 2));

        assertRefused(result, "export.json: not valid JSON at line");
        assertThat(result.err).contains("end-of-input");
    }

    @Test
    void refusesAFileThatIsNotJson() {
        CliRun result = check("<html>Log in to Jira</html>");

        assertRefused(result, "export.json: not valid JSON at line 1, column 1");
    }

    @Test
    void refusesJsonOfTheWrongShape() {
        CliRun result = check("{\"values\": []}");

        assertRefused(result, "export.json: expected a Jira REST search response with an \"issues\" list");
    }

    @Test
    void refusesAPropertyValueOfTheWrongTypeNamingIssueAndField() {
        CliRun result = checkSampleWith("\"target\": 40", "\"target\": \"forty\"");

        assertRefused(result, "export.json: issue MOB-2, property okr.metric.target: expected a number");
    }

    @Test
    void refusesAHugeNumberThatIsNotFinite() {
        CliRun result = checkSampleWith("\"current\": 34.5", "\"current\": 1e400");

        assertRefused(result, "issue MOB-2, property okr.metric.current: expected a finite number");
    }

    @Test
    void refusesAConfidenceOutOfRange() {
        CliRun result = checkSampleWith("\"confidence\": 5", "\"confidence\": 11");

        assertRefused(result, "issue MOB-3, property okr.checkins.[0].confidence");
    }

    @Test
    void refusesAFieldOfTheWrongTypeNamingIssueAndField() {
        CliRun result = checkSampleWith("\"labels\": [\n     \"okr\",\n     \"aspirational\"\n    ]", "\"labels\": \"okr\"");

        assertRefused(result, "export.json: issue MOB-1, field labels: expected a list of labels");
    }

    @Test
    void refusesAnUnreadableDate() {
        CliRun result = checkSampleWith("\"duedate\": \"2027-03-31\"", "\"duedate\": \"end of March\"");

        assertRefused(result, "issue MOB-1, field duedate: expected a date like 2026-05-04");
    }

    @Test
    void refusesAnObjectWithADuplicateField() {
        CliRun result = checkSampleWith("\"summary\": \"Dark mode\",", "\"summary\": \"Dark mode\", \"summary\": \"Light mode\",");

        assertRefused(result, "Duplicate field 'summary'");
    }

    @Test
    void readsAnUnknownStatusCategoryAsUndefinedAndWarns() {
        CliRun result = checkSampleWith("\"key\": \"new\"", "\"key\": \"blocked\"");

        assertThat(result.exitCode).isZero();
        assertThat(result.err).contains("warning: ").contains("issue MOB-4, field status.statusCategory.key: unknown status category"
                + " \"blocked\" (Jira has new, indeterminate, done); read as undefined");
        assertThat(result.out).contains("MOB-4");
    }

    @Test
    void leavesOutAnIssueListedTwiceAndWarns() {
        String sample = ExportFiles.sample();
        CliRun result = check("[" + sample + "," + sample + "]");

        assertThat(result.exitCode).isZero();
        assertThat(result.err).contains("issue MOB-1, listed twice; the second copy is left out");
        assertThat(result.out).contains("6 findings in total");
    }

    @Test
    void leavesOutAKeyResultWhoseEpicIsNotInTheExportAndWarns() {
        CliRun result = checkSampleWith("\"customfield_10101\": \"MOB-1\",\n    \"issuelinks\": [],\n    \"description\": null,\n"
                + "    \"project\": {\n     \"id\": \"10200\",\n     \"key\": \"MOB\",\n     \"name\": \"Acme Mobile\"\n    }\n   },\n"
                + "   \"properties\": {}", "\"customfield_10101\": \"MOB-77\",\n    \"issuelinks\": [],\n    \"description\": null,\n"
                + "    \"project\": {\n     \"id\": \"10200\",\n     \"key\": \"MOB\",\n     \"name\": \"Acme Mobile\"\n    }\n   },\n"
                + "   \"properties\": {}");

        assertThat(result.exitCode).isZero();
        assertThat(result.err).contains("issue MOB-4, field Epic Link: its epic MOB-77 is not among the issues read; the issue is left out");
    }

    @Test
    void printsTheStackTraceOnlyWithVerbose() {
        Path file = ExportFiles.write(folder, "export.json", "{");

        CliRun result = run("check", file.toString(), "--verbose");

        assertThat(result.exitCode).isEqualTo(2);
        assertThat(result.err).contains("\tat ");
    }
}
