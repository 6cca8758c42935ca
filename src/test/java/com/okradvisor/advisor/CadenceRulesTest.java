package com.okradvisor.advisor;

import static com.okradvisor.advisor.RuleVerifier.rule;
import static com.okradvisor.testing.Okr.checkIn;
import static com.okradvisor.testing.Okr.day;
import static com.okradvisor.testing.Okr.healthyObjective;
import static com.okradvisor.testing.Okr.keyResult;
import static com.okradvisor.testing.Okr.kpi;
import static com.okradvisor.testing.Okr.portfolio;
import static com.okradvisor.testing.Okr.portfolioOf;

import com.okradvisor.model.KpiDirection;
import com.okradvisor.model.Portfolio;
import com.okradvisor.testing.Okr.KeyResultBuilder;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Fixtures of {@code rules/cadence.drl}. */
class CadenceRulesTest {

    @Nested
    @RuleFixture("checkin-stale")
    class CheckinStale {

        @RuleExample
        @Test
        void flagsKeyResultLastCheckedInFifteenDaysAgo() {
            rule("checkin-stale").reports(portfolioOf(checkedInLastOn(day("2026-04-30"))),
                    "GRO-101: KR GRO-101 was last checked in 15 days ago, on 2026-04-30");
        }

        @RuleExample
        @Test
        void acceptsCheckInFourteenDaysAgo() {
            rule("checkin-stale").reportsNothing(portfolioOf(checkedInLastOn(day("2026-05-01"))));
        }

        @Test
        void ignoresCheckInsAfterTheAsOfDate() {
            rule("checkin-stale").reports(portfolioOf(keyResult("GRO-101")
                            .checkIns(checkIn(day("2026-04-30"), 35, 7), checkIn(day("2026-05-20"), 38, 7))),
                    "GRO-101: KR GRO-101 was last checked in 15 days ago, on 2026-04-30");
        }

        @Test
        void aShorterPeriodFlagsCheckInTenDaysAgo() {
            rule("checkin-stale").with("staleAfterDays", 9)
                    .reports(portfolioOf(checkedInLastOn(day("2026-05-05"))),
                            "GRO-101: KR GRO-101 was last checked in 10 days ago, on 2026-05-05");
        }

        /** Key result GRO-101 whose latest check-in is on {@code day}. */
        private KeyResultBuilder checkedInLastOn(LocalDate day) {
            return keyResult("GRO-101").checkIns(checkIn(day("2026-04-06"), 31, 6), checkIn(day, 36, 7));
        }
    }

    @Nested
    @RuleFixture("checkin-missing")
    class CheckinMissing {

        @RuleExample
        @Test
        void flagsKeyResultNeverCheckedInFifteenDaysAfterItWasCreated() {
            rule("checkin-missing").reports(portfolioOf(givenNeverCheckedIn(day("2026-04-30"))),
                    "GRO-101: KR GRO-101 has never been checked in since it was created 15 days ago, on 2026-04-30");
        }

        @RuleExample
        @Test
        void acceptsKeyResultCreatedFourteenDaysAgo() {
            rule("checkin-missing").reportsNothing(portfolioOf(givenNeverCheckedIn(day("2026-05-01"))));
        }

        @Test
        void aShorterPeriodFlagsKeyResultCreatedTenDaysAgo() {
            rule("checkin-missing").with("staleAfterDays", 9)
                    .reports(portfolioOf(givenNeverCheckedIn(day("2026-05-05"))),
                            "GRO-101: KR GRO-101 has never been checked in since it was created 10 days ago, on 2026-05-05");
        }

        private KeyResultBuilder givenNeverCheckedIn(LocalDate created) {
            return keyResult("GRO-101").created(created).checkIns();
        }
    }

    @Nested
    @RuleFixture("low-confidence")
    class LowConfidence {

        @RuleExample
        @Test
        void flagsLatestCheckInWithConfidenceThree() {
            rule("low-confidence").reports(portfolioOf(givenLatestConfidence(3)),
                    "GRO-101: KR GRO-101's latest check-in, on 2026-05-08, gives confidence 3/10");
        }

        @RuleExample
        @Test
        void acceptsConfidenceFour() {
            rule("low-confidence").reportsNothing(portfolioOf(givenLatestConfidence(4)));
        }

        @Test
        void looksOnlyAtTheLatestCheckIn() {
            rule("low-confidence").reportsNothing(portfolioOf(keyResult("GRO-101")
                    .checkIns(checkIn(day("2026-04-10"), 31, 1), checkIn(day("2026-05-08"), 38, 7))));
        }

        @Test
        void aHigherBarFlagsConfidenceFour() {
            rule("low-confidence").with("lowConfidence", 4).reports(portfolioOf(givenLatestConfidence(4)),
                    "GRO-101: KR GRO-101's latest check-in, on 2026-05-08, gives confidence 4/10");
        }

        private KeyResultBuilder givenLatestConfidence(int confidence) {
            return keyResult("GRO-101")
                    .checkIns(checkIn(day("2026-04-10"), 32, 6), checkIn(day("2026-05-08"), 38, confidence));
        }
    }

    @Nested
    @RuleFixture("kpi-stale")
    class KpiStale {

        @RuleExample
        @Test
        void flagsKpiReadThirtyOneDaysAgo() {
            rule("kpi-stale").reports(givenKpiReadOn(day("2026-04-14")),
                    "GRO-90: KPI GRO-90 was last updated 31 days ago, on 2026-04-14");
        }

        @RuleExample
        @Test
        void acceptsKpiReadThirtyDaysAgo() {
            rule("kpi-stale").reportsNothing(givenKpiReadOn(day("2026-04-15")));
        }

        @Test
        void aShorterPeriodFlagsKpiReadThirtyDaysAgo() {
            rule("kpi-stale").with("kpiStaleAfterDays", 20).reports(givenKpiReadOn(day("2026-04-15")),
                    "GRO-90: KPI GRO-90 was last updated 30 days ago, on 2026-04-15");
        }

        private Portfolio givenKpiReadOn(LocalDate updated) {
            return portfolio(List.of(healthyObjective("GRO-1")),
                    List.of(kpi("GRO-90").supports("GRO-1").reading(92, 90, KpiDirection.HIGHER_IS_BETTER, updated)));
        }
    }

    @Nested
    @RuleFixture("confidence-dropped")
    class ConfidenceDropped {

        @RuleExample
        @Test
        void flagsConfidenceThreePointsBelowTheCheckInBefore() {
            rule("confidence-dropped").reports(givenConfidences(8, 5),
                    "GRO-101: KR GRO-101's confidence fell from 8/10 on 2026-04-24 to 5/10 on 2026-05-08");
        }

        @RuleExample
        @Test
        void acceptsAFallOfTwoPoints() {
            rule("confidence-dropped").reportsNothing(givenConfidences(8, 6));
        }

        @Test
        void acceptsARise() {
            rule("confidence-dropped").reportsNothing(givenConfidences(3, 8));
        }

        @Test
        void aSmallerDropFlagsAFallOfTwoPoints() {
            rule("confidence-dropped").with("confidenceDrop", 2).reports(givenConfidences(8, 6),
                    "GRO-101: KR GRO-101's confidence fell from 8/10 on 2026-04-24 to 6/10 on 2026-05-08");
        }

        private Portfolio givenConfidences(int before, int latest) {
            return portfolioOf(keyResult("GRO-101").checkIns(checkIn(day("2026-04-10"), 32, 7),
                    checkIn(day("2026-04-24"), 35, before), checkIn(day("2026-05-08"), 38, latest)));
        }
    }
}
