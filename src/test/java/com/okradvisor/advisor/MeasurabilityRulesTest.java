package com.okradvisor.advisor;

import static com.okradvisor.advisor.RuleVerifier.rule;
import static com.okradvisor.testing.Okr.day;
import static com.okradvisor.testing.Okr.keyResult;
import static com.okradvisor.testing.Okr.portfolioOf;

import com.okradvisor.model.Metric;
import java.util.OptionalDouble;
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

    @Nested
    @RuleFixture("kr-missing-baseline")
    class KrMissingBaseline {

        @RuleExample
        @Test
        void flagsTargetInTheSummaryWithoutABaseline() {
            rule("kr-missing-baseline").reports(portfolioOf(keyResult("GRO-101").summary("Reach 10,000 weekly active users")),
                    "GRO-101: KR GRO-101 has target 10000 but no baseline, so its progress follows its status:"
                            + " 'Reach 10,000 weekly active users'");
        }

        @Test
        void flagsTargetInTheMetricPropertyWithoutABaseline() {
            rule("kr-missing-baseline").reports(portfolioOf(keyResult("GRO-101").summary("Raise week-1 activation")
                    .metric(new Metric(OptionalDouble.empty(), OptionalDouble.of(45), OptionalDouble.empty(), "%"))),
                    "GRO-101: KR GRO-101 has target 45% but no baseline, so its progress follows its status:"
                            + " 'Raise week-1 activation'");
        }

        @RuleExample
        @Test
        void acceptsARelativeChangeAndARange() {
            rule("kr-missing-baseline").reportsNothing(portfolioOf(keyResult("GRO-101").summary("Raise sign-ups by 10%"),
                    keyResult("GRO-102").summary("Double weekly sign-ups"), keyResult("GRO-103")));
        }
    }

    @Nested
    @RuleFixture("kr-binary")
    class KrBinary {

        @RuleExample
        @Test
        void flagsZeroToHundredPercent() {
            rule("kr-binary").reports(portfolioOf(keyResult("GRO-101").summary("Move checkout to the new provider from 0% to 100%")),
                    "GRO-101: KR GRO-101 goes from 0% to 100%, a yes or a no: 'Move checkout to the new provider from 0% to 100%'");
        }

        @Test
        void flagsAMetricFromZeroToOne() {
            rule("kr-binary").reports(portfolioOf(keyResult("GRO-101").summary("Single sign-on live")
                    .metric(Metric.of(0, 1, 0, ""))),
                    "GRO-101: KR GRO-101 goes from 0 to 1, a yes or a no: 'Single sign-on live'");
        }

        @RuleExample
        @Test
        void acceptsZeroToOnePercentAndZeroToHundredCustomers() {
            rule("kr-binary").reportsNothing(portfolioOf(keyResult("GRO-101").summary("Raise referral share from 0% to 1%"),
                    keyResult("GRO-102").summary("Grow enterprise customers from 0 to 100")));
        }
    }

    @Nested
    @RuleFixture("business-as-usual")
    class BusinessAsUsual {

        @RuleExample
        @Test
        void flagsKeyResultThatKeepsALevel() {
            rule("business-as-usual").reports(portfolioOf(keyResult("GRO-101").summary("Keep customer satisfaction at 92%"),
                    keyResult("GRO-102").summary("Hold churn below 2% every month")),
                    "GRO-101: KR GRO-101 only keeps a level ('keep'): 'Keep customer satisfaction at 92%'",
                    "GRO-102: KR GRO-102 only keeps a level ('hold … below'): 'Hold churn below 2% every month'");
        }

        @RuleExample
        @Test
        void acceptsAChangeAndIgnoresADoneKeyResult() {
            rule("business-as-usual").reportsNothing(portfolioOf(
                    keyResult("GRO-101").summary("Raise customer satisfaction from 88% to 92%"),
                    keyResult("GRO-102").summary("Keep customer satisfaction at 92%").done(day("2026-05-10"))));
        }
    }
}
