package com.okradvisor.cli;

import static com.okradvisor.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.okradvisor.advisor.Advisor;
import org.junit.jupiter.api.Test;

class RulesCommandTest {

    private static final int RULES = Advisor.load(RulesCommandTest.class.getClassLoader()).catalogue().entries().size();

    @Test
    void listsEveryRuleWithSeverityTitleAndParameterDefaults() {
        CliRun result = run("rules");

        assertThat(result.exitCode).isZero();
        assertThat(result.out)
                .containsPattern("kr-unmeasurable +CRITICAL Unmeasurable key result")
                .contains("checkin-stale").contains("(staleAfterDays=14)")
                .contains(RULES + " rules");
    }

    @Test
    void listsTheCatalogueAsJson() throws Exception {
        CliRun result = run("rules", "--format", "json");

        JsonNode rules = new ObjectMapper().readTree(result.out);
        assertThat(rules).hasSize(RULES);
        JsonNode stale = rules.findParents("key").stream()
                .filter(rule -> rule.get("key").asText().equals("checkin-stale")).findFirst().orElseThrow();
        assertThat(stale.get("severity").asText()).isEqualTo("MAJOR");
        assertThat(stale.get("parameters").get(0).get("key").asText()).isEqualTo("staleAfterDays");
        assertThat(stale.get("parameters").get(0).get("default").asDouble()).isEqualTo(14);
    }

    @Test
    void documentsTheExitCodesInItsHelp() {
        CliRun result = run("--help");

        assertThat(result.exitCode).isZero();
        assertThat(result.out).contains("Exit codes:").containsPattern("1 +a finding at or above --fail-on")
                .containsPattern("3 +Jira unreachable or refused");
    }
}
