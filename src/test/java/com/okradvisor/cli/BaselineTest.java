package com.okradvisor.cli;

import static com.okradvisor.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The CI gate: --baseline makes --fail-on count only new findings, and --format junit shows them to CI servers. */
class BaselineTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String UNMEASURABLE = "kr-unmeasurable";

    @TempDir
    Path folder;

    private Path export;

    @BeforeEach
    void givenSampleExport() {
        export = ExportFiles.write(folder, "export.json", ExportFiles.sample());
    }

    /** Today's JSON report of the sample, as a CI job would have kept it. */
    private ObjectNode givenEarlierReport() throws Exception {
        return (ObjectNode) JSON.readTree(run("check", export.toString(), "--format", "json").out);
    }

    private Path givenBaseline(ObjectNode report) throws Exception {
        return givenBaseline(report, "baseline.json");
    }

    private Path givenBaseline(ObjectNode report, String name) throws Exception {
        return ExportFiles.write(folder, name, JSON.writeValueAsString(report));
    }

    /** The earlier report without the finding of {@link #UNMEASURABLE}: that finding is new today. */
    private Path givenBaselineWithoutUnmeasurable() throws Exception {
        ObjectNode report = givenEarlierReport();
        ArrayNode findings = (ArrayNode) report.get("findings");
        for (int i = findings.size() - 1; i >= 0; i--) {
            if (findings.get(i).get("rule").asText().equals(UNMEASURABLE)) {
                findings.remove(i);
            }
        }
        return givenBaseline(report, "baseline-without-" + UNMEASURABLE + ".json");
    }

    @Test
    void failsOnlyOnNewFindings() throws Exception {
        Path all = givenBaseline(givenEarlierReport());
        Path withoutUnmeasurable = givenBaselineWithoutUnmeasurable();

        assertThat(run("check", export.toString(), "--fail-on", "MAJOR", "--baseline", all.toString()).exitCode).isZero();
        assertThat(run("check", export.toString(), "--fail-on", "CRITICAL", "--baseline", withoutUnmeasurable.toString()).exitCode)
                .isEqualTo(1);
    }

    @Test
    void matchesFindingsByRuleAndIssueNotByMessage() throws Exception {
        ObjectNode report = givenEarlierReport();
        report.get("findings").forEach(finding -> ((ObjectNode) finding).put("message", "worded differently last month"));

        CliRun result = run("check", export.toString(), "--fail-on", "INFO", "--baseline", givenBaseline(report).toString());

        assertThat(result.exitCode).as(result.toString()).isZero();
    }

    @Test
    void marksNewFindingsInTheTextReport() throws Exception {
        CliRun result = run("check", export.toString(), "--baseline", givenBaselineWithoutUnmeasurable().toString());

        assertThat(result.out).contains("CRITICAL NEW KR MOB-4 has no number, target or metric")
                .contains("6 findings in total, 1 new since the baseline");
        assertThat(result.out.split("NEW ", -1)).as("one finding marked").hasSize(2);
    }

    @Test
    void marksEachFindingNewOrNotInTheJsonReport() throws Exception {
        CliRun result = run("check", export.toString(), "--format", "json", "--baseline", givenBaselineWithoutUnmeasurable().toString());

        for (JsonNode finding : JSON.readTree(result.out).get("findings")) {
            assertThat(finding.get("new").asBoolean()).as(finding.toString()).isEqualTo(finding.get("rule").asText().equals(UNMEASURABLE));
        }
    }

    @Test
    void leavesTheNewFieldOutWithoutABaseline() throws Exception {
        assertThat(givenEarlierReport().get("findings").get(0).has("new")).isFalse();
    }

    @Test
    void refusesABaselineThatIsNotJsonNamingTheFile() {
        Path baseline = ExportFiles.write(folder, "baseline.json", "OKR Advisor: 1 objectives");

        CliRun result = run("check", export.toString(), "--baseline", baseline.toString());

        assertThat(result.exitCode).isEqualTo(2);
        assertThat(result.err).contains("baseline.json: not valid JSON at line 1");
    }

    @Test
    void refusesABaselineWithoutFindingsNamingTheField() {
        Path baseline = ExportFiles.write(folder, "baseline.json", ExportFiles.sample());

        CliRun result = run("check", export.toString(), "--baseline", baseline.toString());

        assertThat(result.exitCode).isEqualTo(2);
        assertThat(result.err).contains("baseline.json, field findings: expected the list of findings of an earlier --format json report");
    }

    @Test
    void refusesAFindingWithoutItsIssueNamingTheField() throws Exception {
        ObjectNode report = givenEarlierReport();
        ((ObjectNode) report.get("findings").get(1)).put("issue", 42);

        CliRun result = run("check", export.toString(), "--baseline", givenBaseline(report).toString());

        assertThat(result.exitCode).isEqualTo(2);
        assertThat(result.err).contains("baseline.json, field findings[1].issue: expected text, got number 42");
    }

    @Test
    void refusesAMissingBaselineNamingIt() {
        CliRun result = run("check", export.toString(), "--baseline", folder.resolve("last-week.json").toString());

        assertThat(result.exitCode).isEqualTo(2);
        assertThat(result.err).contains("last-week.json: no such file");
    }

    @Test
    void writesJunitXmlWithAFailurePerFindingAtOrAboveFailOn() throws Exception {
        CliRun result = run("check", export.toString(), "--format", "junit", "--fail-on", "MAJOR");

        Document xml = parsed(result.out);
        assertThat(result.exitCode).isEqualTo(1);
        Element suites = xml.getDocumentElement();
        assertThat(suites.getAttribute("tests")).isEqualTo("6");
        assertThat(suites.getAttribute("failures")).isEqualTo("4");
        Element suite = (Element) xml.getElementsByTagName("testsuite").item(0);
        assertThat(suite.getAttribute("name")).isEqualTo("MOB-1 Make the app a joy to open every morning");
        assertThat(suite.getAttribute("failures")).isEqualTo("4");
    }

    @Test
    void failsOnlyNewFindingsInJunitXml() throws Exception {
        CliRun result = run("check", export.toString(), "--format", "junit", "--fail-on", "MAJOR",
                "--baseline", givenBaselineWithoutUnmeasurable().toString());

        Document xml = parsed(result.out);
        assertThat(xml.getDocumentElement().getAttribute("failures")).isEqualTo("1");
        Element failure = (Element) xml.getElementsByTagName("failure").item(0);
        assertThat(((Element) failure.getParentNode()).getAttribute("name")).isEqualTo("MOB-4 kr-unmeasurable");
        assertThat(failure.getAttribute("type")).isEqualTo("CRITICAL");
    }

    static Document parsed(String xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
