package com.okradvisor.cli;

import static com.okradvisor.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.okradvisor.advisor.Advisor;
import com.okradvisor.advisor.RuleEntry;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {

    @TempDir
    Path folder;

    @Test
    void theDemoPortfolioFiresEveryRuleOfTheCatalogue() throws Exception {
        Path out = folder.resolve("demo");

        CliRun result = run("demo", "--out", out.toString());

        List<String> catalogue = Advisor.load(getClass().getClassLoader()).catalogue().entries().stream()
                .map(RuleEntry::key).toList();
        List<String> fired = new ObjectMapper().readTree(Files.readString(out.resolve("report.json"))).get("findings")
                .findValuesAsText("rule").stream().distinct().toList();
        assertThat(fired).containsExactlyInAnyOrderElementsOf(catalogue);
        assertThat(result.exitCode).isZero();
        assertThat(result.err).as("the demo export reads without warnings").isEmpty();
    }

    @Test
    void printsTheTextSummaryAsOfItsFixedDay() {
        CliRun result = run("demo");

        assertThat(result.exitCode).isZero();
        assertThat(result.out).startsWith("OKR Advisor: 15 objectives, 32 key results, 6 KPIs, as of 2026-06-10")
                .contains("Summary").contains("findings in total");
    }

    @Test
    void writesTheHtmlAndJsonReportsIntoTheOutFolder() {
        Path out = folder.resolve("demo");

        CliRun result = run("demo", "--out", out.toString());

        assertThat(out.resolve("report.html")).content().startsWith("<!DOCTYPE html>").contains("Acme")
                .as("PLT-2's work beside its metric").contains("<div class=\"okr-work\">work: 4 of 5 done</div>");
        assertThat(out.resolve("report.json")).content().contains("\"asOf\" : \"2026-06-10\"")
                .contains("\"work\" : {\n        \"count\" : 5,\n        \"done\" : 4,\n        \"hidden\" : 0\n      }");
        assertThat(result.out).contains("Wrote " + out.resolve("report.html"));
    }
}
