package com.okradvisor.advisor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A rule's parameters are the thresholds its conditions and consequence read from the global. */
class ThresholdReadsTest {

    private static final String TWO_RULES = """
            package acme.rules;
            import com.okradvisor.advisor.fact.*;
            global com.okradvisor.advisor.FindingCollector findings;
            global com.okradvisor.advisor.fact.Thresholds thresholds;

            rule "Reads two"
                @ruleKey("reads-two")
                @rationale("Says thresholds.lateShare in a string, which reads nothing.")
            when
                // thresholds.earlyShare in a comment reads nothing either
                $kr : KeyResultFact( ageDays > thresholds.staleAfterDays, latestConfidence <= thresholds.lowConfidence )
            then
                findings.report(drools, $kr.key(), "older than " + thresholds.staleAfterDays() + " days");
            end

            rule "Reads none"
                @ruleKey("reads-none")
            when
                $kr : KeyResultFact( active )
            then
                /* thresholds.flatDays */
                findings.report(drools, $kr.key(), "thresholds.flatDays");
            end
            """;

    @Test
    void listsWhatEachRuleReadsInTheOrderItFirstReadsIt() {
        assertThat(ThresholdReads.byRule(TWO_RULES)).containsExactly(
                entry("Reads two", List.of("staleAfterDays", "lowConfidence")), entry("Reads none", List.of()));
    }

    @Test
    void refusesTextThatDoesNotParse() {
        assertThatThrownBy(() -> ThresholdReads.byRule("rule \"Unfinished\" when"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("does not parse");
    }
}
