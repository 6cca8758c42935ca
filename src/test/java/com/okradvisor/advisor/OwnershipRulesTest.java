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
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Fixtures of {@code rules/ownership.drl}. */
class OwnershipRulesTest {

    @Nested
    @RuleFixture("objective-without-owner")
    class ObjectiveWithoutOwner {

        @RuleExample
        @Test
        void flagsUnassignedActiveObjective() {
            rule("objective-without-owner").reports(portfolio(healthyObjective("GRO-1").unassigned()),
                    "GRO-1: Objective GRO-1 has no owner: 'Delight first-time customers'");
        }

        @RuleExample
        @Test
        void ignoresUnassignedDoneObjective() {
            rule("objective-without-owner").reportsNothing(
                    portfolio(healthyObjective("GRO-1").unassigned().done(day("2026-05-10"))));
        }
    }

    @Nested
    @RuleFixture("kr-without-owner")
    class KrWithoutOwner {

        @RuleExample
        @Test
        void flagsUnassignedActiveKeyResult() {
            rule("kr-without-owner").reports(portfolioOf(keyResult("GRO-101").unassigned()),
                    "GRO-101: KR GRO-101 has no owner: 'Raise week-1 activation from 30% to 45%'");
        }

        @RuleExample
        @Test
        void ignoresUnassignedDoneKeyResult() {
            rule("kr-without-owner").reportsNothing(
                    portfolioOf(keyResult("GRO-101").unassigned().done(day("2026-05-10"))));
        }
    }

    @Nested
    @RuleFixture("duplicate-key-results")
    class DuplicateKeyResults {

        private static final String SAME = "Raise week-1 activation from 30% to 45%";
        private static final String FIVE_OF_SIX_WORDS_SHARED = "Raise week-1 activation from 30% to 45% for new teams";
        private static final String FIVE_OF_SEVEN_WORDS_SHARED = "Raise week-1 activation from 30% to 45% for trial teams";

        @RuleExample
        @Test
        void flagsTwoKeyResultsSharingFiveOfSixWordsOncePerPair() {
            rule("duplicate-key-results").reports(given(FIVE_OF_SIX_WORDS_SHARED),
                    "GRO-101: KRs GRO-101 and GRO-102 of objective GRO-1 say the same thing (83% of their words shared)");
        }

        @Test
        void ignoresCaseAndStopWords() {
            rule("duplicate-key-results").reports(given("RAISE THE WEEK-1 ACTIVATION FROM 30% TO 45%"),
                    "GRO-101: KRs GRO-101 and GRO-102 of objective GRO-1 say the same thing (100% of their words shared)");
        }

        @RuleExample
        @Test
        void acceptsKeyResultsSharingFiveOfSevenWords() {
            rule("duplicate-key-results").reportsNothing(given(FIVE_OF_SEVEN_WORDS_SHARED));
        }

        @Test
        void aLowerSimilarityFlagsKeyResultsSharingFiveOfSevenWords() {
            rule("duplicate-key-results").with("duplicateSimilarity", 0.7)
                    .reports(given(FIVE_OF_SEVEN_WORDS_SHARED),
                            "GRO-101: KRs GRO-101 and GRO-102 of objective GRO-1 say the same thing (71% of their words shared)");
        }

        @Test
        void flagsThreeAlikeKeyResultsOnceNamingAllThree() {
            rule("duplicate-key-results").reports(portfolioOf(keyResult("GRO-101").summary(SAME),
                    keyResult("GRO-102").summary(FIVE_OF_SIX_WORDS_SHARED), keyResult("GRO-103").summary(SAME.toUpperCase())),
                    "GRO-101: KRs GRO-101, GRO-102 and GRO-103 of objective GRO-1 say nearly the same thing"
                            + " (every alike pair among them shares at least 83% of its words)");
        }

        @Test
        void flagsThreeThousandIdenticalKeyResultsOnceNamingTenAndCountingTheRest() {
            rule("duplicate-key-results").reports(portfolioOf(IntStream.rangeClosed(1001, 4000)
                    .mapToObj(n -> keyResult("GRO-" + n).summary(SAME)).toArray(KeyResultBuilder[]::new)),
                    "GRO-1001: KRs GRO-1001, GRO-1002, GRO-1003, GRO-1004, GRO-1005, GRO-1006, GRO-1007, GRO-1008, GRO-1009,"
                            + " GRO-1010 and 2990 more of objective GRO-1 say nearly the same thing"
                            + " (every alike pair among them shares at least 100% of its words)");
        }

        /** Objective GRO-1 whose key result GRO-101 reads {@value #SAME} and GRO-102 reads {@code other}. */
        private Portfolio given(String other) {
            return portfolioOf(keyResult("GRO-101").summary(SAME),
                    keyResult("GRO-102").summary(other));
        }
    }

    @Nested
    @RuleFixture("owner-overloaded")
    class OwnerOverloaded {

        @RuleExample
        @Test
        void flagsFiveActiveKeyResultsOfOneOwnerOnTheNewest() {
            rule("owner-overloaded").reports(given(5),
                    "GRO-22: Ana Silva owns 5 active key results in 2026-Q2, more than 4; the newest is KR GRO-22");
        }

        @RuleExample
        @Test
        void countsNeitherDoneKeyResultsNorOtherOwners() {
            rule("owner-overloaded").reportsNothing(portfolio(
                    objective("GRO-1").keyResults(keyResult("GRO-11"), keyResult("GRO-12"), keyResult("GRO-13")),
                    objective("GRO-2").keyResults(keyResult("GRO-21").done(day("2026-05-10")), keyResult("GRO-22"),
                            keyResult("GRO-23").owner("Ben Okafor"))));
        }

        @Test
        void aLowerMaximumFlagsFourKeyResults() {
            rule("owner-overloaded").with("maxKeyResultsPerOwner", 3).reports(given(4),
                    "GRO-22: Ana Silva owns 4 active key results in 2026-Q2, more than 3; the newest is KR GRO-22");
        }

        /** {@code count} key results owned by Ana Silva across two objectives; GRO-22 is the newest. */
        private Portfolio given(int count) {
            return portfolio(
                    objective("GRO-1").keyResults(IntStream.rangeClosed(1, count - 2)
                            .mapToObj(number -> keyResult("GRO-1" + number)).toArray(KeyResultBuilder[]::new)),
                    objective("GRO-2").keyResults(keyResult("GRO-21"), keyResult("GRO-22").created(day("2026-03-28"))));
        }
    }
}
