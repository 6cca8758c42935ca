package com.okradvisor.advisor;

import static com.okradvisor.advisor.RuleVerifier.rule;
import static com.okradvisor.testing.Okr.day;
import static com.okradvisor.testing.Okr.healthyObjective;
import static com.okradvisor.testing.Okr.keyResult;
import static com.okradvisor.testing.Okr.objective;
import static com.okradvisor.testing.Okr.portfolio;
import static com.okradvisor.testing.Okr.portfolioOf;

import com.okradvisor.model.Portfolio;
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

        /** Objective GRO-1 whose key result GRO-101 reads {@value #SAME} and GRO-102 reads {@code other}. */
        private Portfolio given(String other) {
            return portfolioOf(keyResult("GRO-101").summary(SAME),
                    keyResult("GRO-102").summary(other));
        }
    }
}
