package com.okradvisor.advisor;

import static com.okradvisor.advisor.RuleVerifier.rule;
import static com.okradvisor.testing.Okr.day;
import static com.okradvisor.testing.Okr.healthyObjective;
import static com.okradvisor.testing.Okr.keyResult;
import static com.okradvisor.testing.Okr.objective;
import static com.okradvisor.testing.Okr.portfolio;
import static com.okradvisor.testing.Okr.portfolioOf;

import com.okradvisor.model.Portfolio;
import com.okradvisor.testing.Okr.KeyResultBuilder;
import com.okradvisor.testing.Okr.ObjectiveBuilder;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Fixtures of {@code rules/structure.drl}. */
class StructureRulesTest {

    @Nested
    @RuleFixture("objective-without-key-results")
    class ObjectiveWithoutKeyResults {

        @RuleExample
        @Test
        void flagsActiveObjectiveWithNoKeyResult() {
            rule("objective-without-key-results").reports(portfolio(objective("GRO-1")),
                    "GRO-1: Objective GRO-1 has no key results: 'Delight first-time customers'");
        }

        @RuleExample
        @Test
        void ignoresObjectiveWhoseCycleIsOver() {
            rule("objective-without-key-results").reportsNothing(portfolio(objective("GRO-1").due(day("2026-03-31"))));
        }
    }

    @Nested
    @RuleFixture("too-many-key-results")
    class TooManyKeyResults {

        @RuleExample
        @Test
        void flagsObjectiveWithSixKeyResults() {
            rule("too-many-key-results").reports(portfolio(givenObjectiveWithKeyResults(6)),
                    "GRO-1: Objective GRO-1 has 6 key results, more than 5");
        }

        @RuleExample
        @Test
        void acceptsFiveKeyResults() {
            rule("too-many-key-results").reportsNothing(portfolio(givenObjectiveWithKeyResults(5)));
        }

        @Test
        void aLowerMaximumFlagsFiveKeyResults() {
            rule("too-many-key-results").with("maxKeyResults", 4)
                    .reports(portfolio(givenObjectiveWithKeyResults(5)),
                            "GRO-1: Objective GRO-1 has 5 key results, more than 4");
        }

        private ObjectiveBuilder givenObjectiveWithKeyResults(int count) {
            return objective("GRO-1").keyResults(IntStream.rangeClosed(1, count)
                    .mapToObj(number -> keyResult("GRO-" + (100 + number))).toArray(KeyResultBuilder[]::new));
        }
    }

    @Nested
    @RuleFixture("single-key-result")
    class SingleKeyResult {

        @RuleExample
        @Test
        void flagsObjectiveWithOneKeyResult() {
            rule("single-key-result").reports(portfolioOf(keyResult("GRO-101")),
                    "GRO-1: Objective GRO-1 has a single key result, GRO-101");
        }

        @RuleExample
        @Test
        void acceptsTwoKeyResults() {
            rule("single-key-result").reportsNothing(portfolio(healthyObjective("GRO-1")));
        }
    }

    @Nested
    @RuleFixture("too-many-objectives")
    class TooManyObjectives {

        @RuleExample
        @Test
        void flagsSixActiveObjectivesOfOneProjectOnTheNewest() {
            rule("too-many-objectives").reports(givenObjectivesWithGro3Newest(6),
                    "GRO-3: Project GRO has 6 active objectives in 2026-Q2, more than 5; the newest is GRO-3");
        }

        @RuleExample
        @Test
        void doesNotCountADoneObjective() {
            ObjectiveBuilder[] objectives = givenObjectives(6);
            objectives[0].done(day("2026-05-02"));
            rule("too-many-objectives").reportsNothing(portfolio(objectives));
        }

        @Test
        void countsEachProjectApart() {
            rule("too-many-objectives").reportsNothing(portfolio(healthyObjective("GRO-1"), healthyObjective("GRO-2"),
                    healthyObjective("GRO-3"), healthyObjective("PAY-4"), healthyObjective("PAY-5"), healthyObjective("PAY-6")));
        }

        @Test
        void aLowerMaximumFlagsFourObjectives() {
            rule("too-many-objectives").with("maxObjectivesPerCycle", 3)
                    .reports(givenObjectivesWithGro3Newest(4),
                            "GRO-3: Project GRO has 4 active objectives in 2026-Q2, more than 3; the newest is GRO-3");
        }

        private Portfolio givenObjectivesWithGro3Newest(int count) {
            ObjectiveBuilder[] objectives = givenObjectives(count);
            objectives[2].created(day("2026-04-02"));
            return portfolio(objectives);
        }

        private ObjectiveBuilder[] givenObjectives(int count) {
            return IntStream.rangeClosed(1, count).mapToObj(number -> healthyObjective("GRO-" + number))
                    .toArray(ObjectiveBuilder[]::new);
        }
    }

    @Nested
    @RuleFixture("objective-too-long")
    class ObjectiveTooLong {

        private static final String SIXTEEN_WORDS =
                "Make every new customer feel at home in the product within their first week of use";
        private static final String FIFTEEN_WORDS =
                "Make every customer feel at home in the product within their first week of use";

        @RuleExample
        @Test
        void flagsTitleOfSixteenWords() {
            rule("objective-too-long").reports(portfolio(healthyObjective("GRO-1").summary(SIXTEEN_WORDS)),
                    "GRO-1: Objective GRO-1 has 16 words, more than 15: '" + SIXTEEN_WORDS + "'");
        }

        @RuleExample
        @Test
        void acceptsTitleOfFifteenWords() {
            rule("objective-too-long").reportsNothing(portfolio(healthyObjective("GRO-1").summary(FIFTEEN_WORDS)));
        }

        @Test
        void aLowerMaximumFlagsTitleOfFifteenWords() {
            rule("objective-too-long").with("maxObjectiveWords", 12)
                    .reports(portfolio(healthyObjective("GRO-1").summary(FIFTEEN_WORDS)),
                            "GRO-1: Objective GRO-1 has 15 words, more than 12: '" + FIFTEEN_WORDS + "'");
        }
    }

    @Nested
    @RuleFixture("objective-is-a-metric")
    class ObjectiveIsAMetric {

        @RuleExample
        @Test
        void flagsTitleCarryingAnAmount() {
            rule("objective-is-a-metric").reports(portfolio(healthyObjective("GRO-1").summary("Grow revenue to $2m")),
                    "GRO-1: Objective GRO-1 carries a number in its title: 'Grow revenue to $2m'");
        }

        @Test
        void flagsTitleCarryingAPercentage() {
            rule("objective-is-a-metric").reports(portfolio(healthyObjective("GRO-1").summary("Win 30% of the market")),
                    "GRO-1: Objective GRO-1 carries a number in its title: 'Win 30% of the market'");
        }

        @RuleExample
        @Test
        void acceptsTitleNamingAYear() {
            rule("objective-is-a-metric")
                    .reportsNothing(portfolio(healthyObjective("GRO-1").summary("Be the tool teams love in 2026")));
        }
    }

    @Nested
    @RuleFixture("objective-is-output")
    class ObjectiveIsOutput {

        @RuleExample
        @Test
        void flagsObjectiveStartingWithAnActivityVerb() {
            rule("objective-is-output").reports(portfolio(healthyObjective("GRO-1").summary("Launch the new website")),
                    "GRO-1: Objective GRO-1 starts with the activity verb 'launch': 'Launch the new website'");
        }

        @RuleExample
        @Test
        void acceptsAnOutcomeAndIgnoresADoneObjective() {
            rule("objective-is-output").reportsNothing(portfolio(
                    healthyObjective("GRO-1").summary("Make buying from us effortless"),
                    objective("PAY-1").summary("Roll out the new billing system").done(day("2026-05-10"))));
        }
    }
}
