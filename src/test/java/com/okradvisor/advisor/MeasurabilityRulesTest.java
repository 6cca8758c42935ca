package com.okradvisor.advisor;

import static com.okradvisor.advisor.RuleVerifier.rule;
import static com.okradvisor.testing.Okr.keyResult;
import static com.okradvisor.testing.Okr.portfolioOf;

import com.okradvisor.model.Metric;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Fixtures of {@code rules/measurability.drl}. */
class MeasurabilityRulesTest {

    private static final Metric FROM_30_TO_45_PERCENT = Metric.of(30, 45, 38, "%");

    @Nested
    @RuleFixture("kr-unmeasurable")
    class KrUnmeasurable {

        @RuleExample
        @Test
        void flagsKeyResultWithoutNumberOrMetric() {
            rule("kr-unmeasurable").reports(portfolioOf(keyResult("GRO-101").summary("Improve onboarding")),
                    "GRO-101: KR GRO-101 has no number, target or metric: 'Improve onboarding'");
        }

        @Test
        void acceptsKeyResultWhoseMetricPropertyGivesTheNumber() {
            rule("kr-unmeasurable").reportsNothing(
                    portfolioOf(keyResult("GRO-101").summary("Improve onboarding").metric(FROM_30_TO_45_PERCENT)));
        }

        @RuleExample
        @Test
        void acceptsKeyResultWithANumberInItsSummary() {
            rule("kr-unmeasurable").reportsNothing(portfolioOf(keyResult("GRO-101").summary("Win 3 enterprise customers")));
        }
    }

    @Nested
    @RuleFixture("kr-is-activity")
    class KrIsActivity {

        @RuleExample
        @Test
        void flagsKeyResultThatStartsWithAnActivityVerb() {
            rule("kr-is-activity").reports(portfolioOf(keyResult("GRO-101").summary("Launch the new onboarding flow")),
                    "GRO-101: KR GRO-101 starts with the activity verb 'launch' and has no metric: "
                            + "'Launch the new onboarding flow'");
        }

        @Test
        void flagsTwoWordActivityVerb() {
            rule("kr-is-activity").reports(portfolioOf(keyResult("GRO-101").summary("Roll out  guided tours")),
                    "GRO-101: KR GRO-101 starts with the activity verb 'roll out' and has no metric: "
                            + "'Roll out guided tours'");
        }

        @RuleExample
        @Test
        void acceptsActivityThatNamesTheOutcomeItsTarget() {
            rule("kr-is-activity").reportsNothing(
                    portfolioOf(keyResult("GRO-101").summary("Launch guided tours to lift activation from 30% to 45%")));
        }

        @Test
        void acceptsActivityWithAMetricProperty() {
            rule("kr-is-activity").reportsNothing(
                    portfolioOf(keyResult("GRO-101").summary("Launch guided tours").metric(FROM_30_TO_45_PERCENT)));
        }
    }

    @Nested
    @RuleFixture("kr-vague-wording")
    class KrVagueWording {

        @RuleExample
        @Test
        void flagsVagueWordsWithoutANumber() {
            rule("kr-vague-wording").reports(portfolioOf(keyResult("GRO-101").summary("Significantly improve onboarding")),
                    "GRO-101: KR GRO-101 uses vague wording (significantly, improve) with no number: "
                            + "'Significantly improve onboarding'");
        }

        @RuleExample
        @Test
        void acceptsVagueWordBackedByANumber() {
            rule("kr-vague-wording").reportsNothing(
                    portfolioOf(keyResult("GRO-101").summary("Improve week-1 activation from 30% to 45%")));
        }
    }

    @Nested
    @RuleFixture("kr-target-equals-baseline")
    class KrTargetEqualsBaseline {

        @RuleExample
        @Test
        void flagsMetricWhoseTargetIsItsBaseline() {
            rule("kr-target-equals-baseline").reports(portfolioOf(keyResult("GRO-101").metric(Metric.of(40, 40, 40, "%"))),
                    "GRO-101: KR GRO-101 has target 40% equal to its baseline: nothing would change");
        }

        @Test
        void flagsSummaryWhoseRangeGoesNowhere() {
            rule("kr-target-equals-baseline").reports(portfolioOf(keyResult("GRO-101").summary("Keep churn from 3% to 3%")),
                    "GRO-101: KR GRO-101 has target 3% equal to its baseline: nothing would change");
        }

        @RuleExample
        @Test
        void acceptsMetricThatMoves() {
            rule("kr-target-equals-baseline")
                    .reportsNothing(portfolioOf(keyResult("GRO-101").metric(FROM_30_TO_45_PERCENT)));
        }
    }
}
