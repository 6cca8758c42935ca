package com.okradvisor.advisor;

import static com.okradvisor.testing.Okr.AS_OF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.okradvisor.model.Finding;
import com.okradvisor.model.Portfolio;
import com.okradvisor.testing.CustomRules;
import com.okradvisor.testing.Okr;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every evaluation fires custom rules within bounds: a rule that loops, overruns its time or throws (in its
 * consequence or its condition) is taken out of that evaluation alone, named in the assessment's incidents,
 * its findings dropped; the shipped rules and every other custom rule keep their findings. A file whose
 * rule fails on the dry run's sample portfolio is refused with the rule's name and line.
 */
class CustomRuleBoundsTest {

    private static final Advisor ADVISOR = RuleVerifier.ADVISOR;
    /**
     * GRO-1's key result GRO-103 names a vendor; its objective is unowned, a finding of the shipped rules.
     * Six facts: the objective, its three key results, the KPI and the thresholds.
     */
    private static final Portfolio PORTFOLIO = Okr.portfolio(List.of(Okr.healthyObjective("GRO-1").unassigned()
                    .keyResults(Okr.keyResult("GRO-103").summary("Sync 95% of leads to Salesforce within 1 hour"))),
            List.of(Okr.kpi("GRO-90").supports("GRO-1")));

    /** A rule of its own file, reporting on GRO-103 only, so that the dry run's portfolio never matches it. */
    private static String rule(String key, String condition, String consequence) {
        return CustomRules.VENDOR_RULE.replace(CustomRules.KEY, key).replace("Key result mentions a vendor", key)
                .replace(CustomRules.CONDITION, condition)
                .replace("findings.report(drools, $kr.key(), \"KR \" + $kr.key() + \" names a vendor\");", consequence);
    }

    private static final String ENDLESS = rule("endless", "$kr : KeyResultFact( key == \"GRO-103\" )",
            "findings.report(drools, $kr.key(), \"again\");\n    update($kr);");
    private static final String THROWS = rule("throws", "$kr : KeyResultFact( key == \"GRO-103\" )",
            "findings.report(drools, $kr.key(), \"before\");\n    findings.report(drools, $kr.key(), $kr.summary().substring(500));");
    private static final String CONDITION_THROWS = rule("condition-throws",
            "$kr : KeyResultFact( key == \"GRO-103\", summary.substring(500).isEmpty() )",
            "findings.report(drools, $kr.key(), \"never\");");

    private static Advisor withHonestRuleAnd(String file, String drl, CustomRuleBounds bounds) throws RuleFileException {
        Map<String, String> files = new LinkedHashMap<>();
        files.put(file, drl);
        files.put(CustomRules.FILE, CustomRules.VENDOR_RULE);
        return ADVISOR.withCustomRules(files, bounds);
    }

    private static void assertOnlyTakenOut(Assessment assessment, String key, RuleIncident.Kind kind, String detail) {
        assertThat(assessment.incidents()).singleElement().satisfies(incident -> {
            assertThat(incident.ruleKey()).isEqualTo(key);
            assertThat(incident.ruleName()).isEqualTo(key);
            assertThat(incident.file()).isEqualTo(key + ".drl");
            assertThat(incident.kind()).isEqualTo(kind);
            assertThat(incident.detail()).isEqualTo(detail);
        });
        assertThat(assessment.findings()).extracting(Finding::rule)
                .contains(CustomRules.KEY, "objective-without-owner").doesNotContain(key);
    }

    @Test
    void takesOutAnEndlessUpdateLoopAtItsFiringLimit() throws RuleFileException {
        Advisor advisor = withHonestRuleAnd("endless.drl", ENDLESS, CustomRuleBounds.DEFAULTS);

        Assessment assessment = advisor.assess(PORTFOLIO, AdvisorSettings.DEFAULTS, AS_OF);

        int facts = 7;
        assertOnlyTakenOut(assessment, "endless", RuleIncident.Kind.TOO_MANY_FIRINGS, "fired more than "
                + (CustomRuleBounds.FIRINGS_FLOOR + CustomRuleBounds.FIRINGS_PER_FACT * facts) + " times in a session of "
                + facts + " facts (an update without no-loop?)");
    }

    @Test
    void haltsARuleThatOverrunsItsTimeBudget() throws RuleFileException {
        Advisor advisor = withHonestRuleAnd("endless.drl", ENDLESS,
                new CustomRuleBounds(Integer.MAX_VALUE - 1, 0, Duration.ofMillis(50)));

        Assessment assessment = advisor.assess(PORTFOLIO, AdvisorSettings.DEFAULTS, AS_OF);

        assertOnlyTakenOut(assessment, "endless", RuleIncident.Kind.OUT_OF_TIME, "took longer than 50 ms");
    }

    @Test
    void takesOutARuleWhoseConsequenceThrowsWithTheFindingsItMadeBefore() throws RuleFileException {
        Assessment assessment = withHonestRuleAnd("throws.drl", THROWS, CustomRuleBounds.DEFAULTS)
                .assess(PORTFOLIO, AdvisorSettings.DEFAULTS, AS_OF);

        assertOnlyTakenOut(assessment, "throws", RuleIncident.Kind.THREW,
                "threw java.lang.StringIndexOutOfBoundsException in its consequence");
    }

    @Test
    void takesOutARuleWhoseConditionThrows() throws RuleFileException {
        Assessment assessment = withHonestRuleAnd("condition-throws.drl", CONDITION_THROWS, CustomRuleBounds.DEFAULTS)
                .assess(PORTFOLIO, AdvisorSettings.DEFAULTS, AS_OF);

        assertOnlyTakenOut(assessment, "condition-throws", RuleIncident.Kind.THREW,
                "threw java.lang.StringIndexOutOfBoundsException in its condition");
    }

    @Test
    void keepsTheOtherRulesOfTheSameFileWhenOneOfItsRulesThrows() throws RuleFileException {
        String throwing = THROWS.substring(THROWS.indexOf("rule \""));
        String both = CustomRules.VENDOR_RULE + "\n" + throwing;

        Assessment assessment = ADVISOR.withCustomRules(Map.of("both.drl", both)).assess(PORTFOLIO, AdvisorSettings.DEFAULTS, AS_OF);

        assertThat(assessment.incidents()).extracting(RuleIncident::ruleKey, RuleIncident::file)
                .containsExactly(tuple("throws", "both.drl"));
        assertThat(assessment.findings()).extracting(Finding::rule).contains(CustomRules.KEY).doesNotContain("throws");
    }

    @Test
    void evaluatesWithoutAFailedRuleAgainEveryTime() throws RuleFileException {
        Advisor advisor = withHonestRuleAnd("throws.drl", THROWS, CustomRuleBounds.DEFAULTS);

        assertThat(advisor.evaluate(PORTFOLIO, AdvisorSettings.DEFAULTS, AS_OF))
                .isEqualTo(advisor.evaluate(PORTFOLIO, AdvisorSettings.DEFAULTS, AS_OF))
                .extracting(Finding::rule).contains(CustomRules.KEY).doesNotContain("throws");
        assertThat(advisor.assess(PORTFOLIO, AdvisorSettings.DEFAULTS.withDisabled(java.util.Set.of("throws")), AS_OF)
                .incidents()).isEmpty();
    }

    @Test
    void refusesAFileWhoseRuleLoopsOrThrowsInTheDryRunNamingTheRuleAndItsLine() {
        String loopsOnAny = rule("loops", "$o : ObjectiveFact( )", "update($o);");
        String throwsOnAny = rule("throws", "$kr : KeyResultFact( summary.substring(300).isEmpty() )",
                "findings.report(drools, $kr.key(), \"never\");");

        assertThatThrownBy(() -> ADVISOR.withCustomRules(Map.of("loops.drl", loopsOnAny, "throws.drl", throwsOnAny)))
                .isInstanceOfSatisfying(RuleFileException.class, e -> assertThat(e.problems())
                        .extracting(RuleProblem::toString).containsExactlyInAnyOrder(
                                "loops.drl:5: rule \"loops\" fired more than 1160 times in a session of 16 facts (an update"
                                        + " without no-loop?) in a dry run on a small sample portfolio",
                                "throws.drl:5: rule \"throws\" threw java.lang.StringIndexOutOfBoundsException in its"
                                        + " condition in a dry run on a small sample portfolio"));
        assertThat(ADVISOR.customRules()).isEmpty();
    }
}
