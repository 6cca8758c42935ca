package com.okradvisor.cli;

import static com.okradvisor.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exports written to harm: terminal escapes and bidi overrides in issue text, values of megabytes,
 * dates and numbers no Jira writes. Each is neutralised or refused as bad input (exit 2) naming file,
 * issue and field, showing at most a short, printable piece of the value.
 */
class HostileDataTest {

    private static final String ESCAPES = "\u001B]0;pwned\u0007\u001B[2J\u009D52;c;ZXZpbA==\u009C\u202Egnp.exe";
    private static final String HUGE = "A".repeat(2_000_000);

    @TempDir
    Path folder;

    private Path sampleWith(String target, String replacement) {
        String json = ExportFiles.sample();
        assertThat(json).contains(target);
        return ExportFiles.write(folder, "export.json", json.replace(target, replacement));
    }

    /** {@code check} of the sample with key result MOB-4 titled {@code title}, which its findings quote. */
    private CliRun checkKeyResultTitled(String title, String... options) {
        List<String> args = new ArrayList<>(List.of("check", sampleWith("Ship the new home screen", jsonEscaped(title)).toString()));
        args.addAll(List.of(options));
        return run(args.toArray(String[]::new));
    }

    private static void assertPrintable(String text) {
        assertThat(text).doesNotContain("\u001B", "\u0007", "\u009D", "\u009C", "\u202E");
    }

    private static void assertRefused(CliRun result, String message) {
        assertThat(result.exitCode).as(result.toString()).isEqualTo(2);
        assertThat(result.err).contains(message).hasSizeLessThan(1_000);
        assertPrintable(result.err);
    }

    @Test
    void neutralisesEscapesAndBidiOverridesInTheTextReport() {
        CliRun result = checkKeyResultTitled("Ship " + ESCAPES);

        assertThat(result.exitCode).as(result.toString()).isZero();
        assertPrintable(result.out);
        assertThat(result.out).contains("'Ship \uFFFD]0;pwned\uFFFD\uFFFD[2J");
    }

    @Test
    void escapesControlsAndBidiOverridesInTheJsonReport() {
        CliRun result = checkKeyResultTitled("Ship " + ESCAPES, "--format", "json");

        assertPrintable(result.out);
        assertThat(result.out).contains("Ship \\u001B]0;pwned\\u0007\\u001B[2J\\u009D52;c;ZXZpbA==\\u009C\\u202Egnp.exe");
    }

    @Test
    void neutralisesEscapesInTheCsvReport() {
        CliRun result = checkKeyResultTitled("Ship " + ESCAPES, "--format", "csv");

        assertPrintable(result.out);
        assertThat(result.out).contains("'Ship \uFFFD]0;pwned");
    }

    @Test
    void escapesMarkupInTheHtmlReport() {
        CliRun result = checkKeyResultTitled("Ship <script>alert(1)</script>", "--format", "html");

        assertThat(result.out).doesNotContain("<script>alert").contains("Ship &lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void neutralisesEscapesInWarnings() {
        CliRun result = run("check", sampleWith("\"key\": \"new\"", "\"key\": \"" + jsonEscaped(ESCAPES) + "\"").toString());

        assertThat(result.exitCode).isZero();
        assertThat(result.err).contains("warning: ").contains("unknown status category");
        assertPrintable(result.err);
    }

    @Test
    void writesEveryReportWhenAQuoteIsCutBesideAnEmoji() throws Exception {
        Path export = sampleWith("Ship the new home screen", "x".repeat(118) + "\uD83D\uDE00 and the new home screen");

        for (String format : new String[] {"json", "html", "csv", "text"}) {
            Path out = folder.resolve("report." + format);
            CliRun result = run("check", export.toString(), "--format", format, "--out", out.toString());

            assertThat(result.exitCode).as(format + ": " + result).isZero();
            assertThat(Files.readString(out, StandardCharsets.UTF_8)).contains("x".repeat(118) + "\uD83D\uDE00…");
        }
    }

    @Test
    void writesTheReportWhenIssueTextHoldsALoneSurrogate() throws Exception {
        Path out = folder.resolve("report.json");

        CliRun result = run("check", sampleWith("Ship the new home screen", "Ship \\ud83d").toString(),
                "--format", "json", "--out", out.toString());

        assertThat(result.exitCode).as(result.toString()).isZero();
        assertThat(Files.readString(out, StandardCharsets.UTF_8)).contains("Ship ?");
    }

    @Test
    void refusesADateBeyondTheYear2200() {
        CliRun result = run("check", sampleWith("\"duedate\": \"2027-03-31\"", "\"duedate\": \"+999999999-12-31\"").toString());

        assertRefused(result, "export.json: issue MOB-1, field duedate: expected a date");
        assertThat(result.err).contains("from 1900 to 2200, got string \"+999999999-12-31\"");
    }

    @Test
    void refusesACheckInDatedBefore1900() {
        CliRun result = run("check", sampleWith("\"date\": \"2027-01-20\"", "\"date\": \"1066-10-14\"").toString());

        assertRefused(result, "issue MOB-2, property okr.checkins.[0].date: expected an ISO-8601 date or date-time from 1900");
    }

    @Test
    void refusesAnAsOfDayBeyondTheYear2200() {
        CliRun result = run("check", sampleWith("Ship", "Ship").toString(), "--as-of", "+999999999-12-31");

        assertRefused(result, "--as-of +999999999-12-31: give a day in the years 1900 to 2200");
    }

    @Test
    void refusesJavaOnlyNumberForms() {
        for (String number : new String[] {"\"0x1p3\"", "\"NaN\"", "\"Infinity\"", "\"8d\"", "\" 0x10 \""}) {
            CliRun result = run("check", sampleWith("\"target\": 40", "\"target\": " + number).toString());

            assertRefused(result, "export.json: issue MOB-2, property okr.metric.target: expected a number, got string");
        }
    }

    @Test
    void acceptsANumberWrittenAsJsonInsideText() {
        CliRun result = run("check", sampleWith("\"target\": 40", "\"target\": \" 4e1 \"").toString(), "--format", "json");

        assertThat(result.exitCode).as(result.toString()).isZero();
        assertThat(result.out).contains("\"target\" : 40.0");
    }

    @Test
    void refusesJavaOnlyNumberFormsInTheConfigFile() {
        Path config = ExportFiles.write(folder, "okr.properties", "threshold.staleAfterDays = 0x1p3\n");

        CliRun result = run("check", sampleWith("Ship", "Ship").toString(), "--config", config.toString());

        assertRefused(result, "okr.properties: threshold.staleAfterDays = \"0x1p3\": Enter a number such as 14 or 0.5.");
    }

    @Test
    void showsAtMostFortyCharactersOfAHugeValue() {
        CliRun result = run("check", sampleWith("\"labels\": [\n     \"okr\",\n     \"aspirational\"\n    ]", "\"labels\": \"" + HUGE + "\"").toString());

        assertRefused(result, "issue MOB-1, field labels: expected a list of labels, got string \"" + "A".repeat(38) + "…");
    }

    @Test
    void showsAtMostFortyPrintableCharactersOfAHugeIssueKey() {
        CliRun result = run("check", sampleWith("\"key\": \"MOB-20\"", "\"key\": \"" + jsonEscaped(ESCAPES) + HUGE + "\"").toString());

        assertRefused(result, "export.json: issue ?, field key: expected an issue key like MOB-12, got \"\uFFFD]0;pwned");
    }

    @Test
    void showsAtMostFortyCharactersOfAHugeStatusCategoryInItsWarning() {
        CliRun result = run("check", sampleWith("\"key\": \"new\"", "\"key\": \"" + HUGE + "\"").toString());

        assertThat(result.exitCode).isZero();
        assertThat(result.err).contains("unknown status category \"AAAA").hasSizeLessThan(1_000);
    }

    @Test
    void cutsAParserMessageThatQuotesAHugeToken() {
        CliRun result = run("check", ExportFiles.write(folder, "export.json", "{\"issues\": [" + "x".repeat(100_000) + "]}").toString());

        assertRefused(result, "export.json: not valid JSON at line 1");
    }

    private static String jsonEscaped(String text) {
        StringBuilder json = new StringBuilder();
        text.chars().forEach(c -> json.append(c < 0x20 || c >= 0x7F ? String.format("\\u%04x", c) : String.valueOf((char) c)));
        return json.toString();
    }
}
