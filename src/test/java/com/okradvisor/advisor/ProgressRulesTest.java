package com.okradvisor.advisor;

import static com.okradvisor.advisor.RuleVerifier.rule;
import static com.okradvisor.testing.Okr.checkIn;
import static com.okradvisor.testing.Okr.day;
import static com.okradvisor.testing.Okr.healthyObjective;
import static com.okradvisor.testing.Okr.keyResult;
import static com.okradvisor.testing.Okr.keyResultAt;
import static com.okradvisor.testing.Okr.objective;
import static com.okradvisor.testing.Okr.objectiveAt;
import static com.okradvisor.testing.Okr.portfolio;
import static com.okradvisor.testing.Okr.portfolioOf;

import com.okradvisor.model.CheckIn;
import com.okradvisor.model.Portfolio;
import com.okradvisor.model.Work;
import java.time.LocalDate;
import com.okradvisor.model.ObjectiveKind;
import com.okradvisor.testing.Okr.ObjectiveBuilder;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Fixtures of {@code rules/progress.drl}. At {@code Okr.AS_OF} 48% of 2026-Q2 is gone. */
class ProgressRulesTest {

    /** Objective GRO-1 with key result GRO-101 (from 30% to 45%) checked in with these values. */
    private static Portfolio givenCheckIns(CheckIn... checkIns) {
        return portfolioOf(keyResult("GRO-101").checkIns(checkIns));
    }

    @Nested
    @RuleFixture("behind-schedule")
    class BehindSchedule {

        @RuleExample
        @Test
        void flagsObjectiveMoreThanFifteenPointsBehindAsAtRisk() {
            rule("behind-schedule").reports(portfolio(objectiveAt("GRO-1", 20)),
                    "GRO-1: Objective GRO-1 is at-risk: 20% done with 48% of 2026-Q2 gone");
        }

        @Test
        void flagsObjectiveMoreThanThirtyPointsBehindAsOffTrack() {
            rule("behind-schedule").reports(portfolio(objectiveAt("GRO-1", 10)),
                    "GRO-1: Objective GRO-1 is off-track: 10% done with 48% of 2026-Q2 gone");
        }

        @RuleExample
        @Test
        void acceptsObjectiveFourteenPointsBehind() {
            rule("behind-schedule").reportsNothing(portfolio(objectiveAt("GRO-1", 34)));
        }

        @Test
        void acceptsObjectiveExactlyFifteenPointsBehind() {
            LocalDate halfOfQ3 = day("2026-08-16");
            rule("behind-schedule").asOf(halfOfQ3)
                    .reportsNothing(portfolio(objectiveAt("GRO-1", 35).due(day("2026-09-30"))));
        }
    }

    @Nested
    @RuleFixture("no-progress-late")
    class NoProgressLate {

        private static final LocalDate THREE_QUARTERS_GONE = day("2026-06-10");
        private static final LocalDate SEVEN_TENTHS_GONE = day("2026-06-05");

        @RuleExample
        @Test
        void flagsObjectiveWithNoProgressWhenThreeQuartersOfTheCycleAreGone() {
            rule("no-progress-late").asOf(THREE_QUARTERS_GONE).reports(portfolio(objectiveAt("GRO-1", 0)),
                    "GRO-1: Objective GRO-1 shows no progress with 77% of 2026-Q2 gone");
        }

        @RuleExample
        @Test
        void acceptsObjectiveWithSomeProgress() {
            rule("no-progress-late").asOf(THREE_QUARTERS_GONE).reportsNothing(portfolio(objectiveAt("GRO-1", 1)));
        }

        @Test
        void acceptsNoProgressWithLessThanThreeQuartersGone() {
            rule("no-progress-late").asOf(SEVEN_TENTHS_GONE).reportsNothing(portfolio(objectiveAt("GRO-1", 0)));
        }

        @Test
        void anEarlierShareFlagsNoProgressWithSevenTenthsGone() {
            rule("no-progress-late").with("lateShare", 0.7).asOf(SEVEN_TENTHS_GONE)
                    .reports(portfolio(objectiveAt("GRO-1", 0)),
                            "GRO-1: Objective GRO-1 shows no progress with 71% of 2026-Q2 gone");
        }
    }

    @Nested
    @RuleFixture("cycle-ended-open")
    class CycleEndedOpen {

        private static final LocalDate AFTER_Q2 = day("2026-07-03");

        @RuleExample
        @Test
        void flagsObjectiveStillOpenAfterItsCycle() {
            rule("cycle-ended-open").asOf(AFTER_Q2).reports(portfolio(objectiveAt("GRO-1", 60)),
                    "GRO-1: Objective GRO-1's cycle 2026-Q2 ended on 2026-06-30 and it is still open at 60%");
        }

        @RuleExample
        @Test
        void acceptsObjectiveClosedAfterItsCycle() {
            rule("cycle-ended-open").asOf(AFTER_Q2)
                    .reportsNothing(portfolio(objectiveAt("GRO-1", 60).done(day("2026-07-02"))));
        }

        @Test
        void acceptsOpenObjectiveOnItsCyclesLastDay() {
            rule("cycle-ended-open").asOf(day("2026-06-30")).reportsNothing(portfolio(objectiveAt("GRO-1", 60)));
        }
    }

    @Nested
    @RuleFixture("sandbagging")
    class Sandbagging {

        @RuleExample
        @Test
        void flagsEveryKeyResultReachedBeforeHalfTheCycle() {
            rule("sandbagging").reports(portfolio(objectiveAt("GRO-1", 100)),
                    "GRO-1: Every key result of objective GRO-1 reached 100% by 2026-05-08, with only 41% of 2026-Q2 gone");
        }

        @Test
        void alsoFlagsObjectiveClosedWithinItsCycle() {
            rule("sandbagging").reports(portfolio(objectiveAt("GRO-1", 100).done(day("2026-05-10"))),
                    "GRO-1: Every key result of objective GRO-1 reached 100% by 2026-05-08, with only 41% of 2026-Q2 gone");
        }

        @RuleExample
        @Test
        void acceptsCommittedObjectiveReachedEarly() {
            rule("sandbagging").reportsNothing(portfolio(objectiveAt("GRO-1", 100).kind(ObjectiveKind.COMMITTED)));
        }

        @Test
        void acceptsObjectiveWithOneKeyResultShortOfItsTarget() {
            rule("sandbagging").reportsNothing(
                    portfolioOf(keyResultAt("GRO-101", 100), keyResultAt("GRO-102", 90)));
        }

        @Test
        void anEarlierShareAcceptsTargetsReachedWithFortyOnePercentGone() {
            rule("sandbagging").with("earlyShare", 0.4).reportsNothing(portfolio(objectiveAt("GRO-1", 100)));
        }
    }

    @Nested
    @RuleFixture("forecast-miss")
    class ForecastMiss {

        @RuleExample
        @Test
        void flagsTrendOfThreeCheckInsHeadingForThirtyNinePercent() {
            rule("forecast-miss").reports(givenTrend(30, 31, 32),
                    "GRO-101: KR GRO-101 is forecast to reach 39% by the end of 2026-Q2 (trend of 3 check-ins)");
        }

        @RuleExample
        @Test
        void acceptsTrendHeadingForSixtyNinePercent() {
            rule("forecast-miss").reportsNothing(givenTrend(30, 31.8, 33.6));
        }

        @Test
        void needsThreeCheckInsWithValues() {
            rule("forecast-miss").reportsNothing(givenCheckIns(checkIn(day("2026-04-10"), 30, 7),
                    checkIn(day("2026-04-24"), 7), checkIn(day("2026-05-08"), 31, 7)));
        }

        @Test
        void aHigherFloorFlagsTrendHeadingForSixtyNinePercent() {
            rule("forecast-miss").with("forecastFloor", 0.75).reports(givenTrend(30, 31.8, 33.6),
                    "GRO-101: KR GRO-101 is forecast to reach 69% by the end of 2026-Q2 (trend of 3 check-ins)");
        }

        /** Check-ins two weeks apart from 10 April with these values. */
        private Portfolio givenTrend(double first, double second, double third) {
            return givenCheckIns(checkIn(day("2026-04-10"), first, 7), checkIn(day("2026-04-24"), second, 7),
                    checkIn(day("2026-05-08"), third, 7));
        }
    }

    @Nested
    @RuleFixture("confidence-contradicts-data")
    class ConfidenceContradictsData {

        private static final LocalDate FOUR_WEEKS_BEFORE_LATEST = day("2026-04-10");
        private static final LocalDate TWENTY_SEVEN_DAYS_BEFORE_LATEST = day("2026-04-11");

        @RuleExample
        @Test
        void flagsConfidenceEightOnAValueFlatForFourWeeksWhileBehind() {
            rule("confidence-contradicts-data").reports(givenFlatSince(FOUR_WEEKS_BEFORE_LATEST, 8),
                    "GRO-101: KR GRO-101 reports confidence 8/10 but its value has stayed at 33% for 28 days"
                            + " while it is behind (20% done, 48% expected)");
        }

        @RuleExample
        @Test
        void acceptsValueFlatForTwentySevenDays() {
            rule("confidence-contradicts-data").reportsNothing(givenFlatSince(TWENTY_SEVEN_DAYS_BEFORE_LATEST, 8));
        }

        @Test
        void acceptsConfidenceSix() {
            rule("confidence-contradicts-data").reportsNothing(givenFlatSince(FOUR_WEEKS_BEFORE_LATEST, 6));
        }

        @Test
        void acceptsFlatValueThatIsNotBehind() {
            rule("confidence-contradicts-data").reportsNothing(
                    givenCheckIns(checkIn(FOUR_WEEKS_BEFORE_LATEST, 38, 8), checkIn(day("2026-05-08"), 38, 8)));
        }

        @Test
        void aShorterFlatPeriodFlagsValueFlatForTwentySevenDays() {
            rule("confidence-contradicts-data").with("flatDays", 21)
                    .reports(givenFlatSince(TWENTY_SEVEN_DAYS_BEFORE_LATEST, 8),
                            "GRO-101: KR GRO-101 reports confidence 8/10 but its value has stayed at 33% for 27 days"
                                    + " while it is behind (20% done, 48% expected)");
        }

        @Test
        void aLowerConfidenceBarFlagsConfidenceSix() {
            rule("confidence-contradicts-data").with("highConfidence", 6)
                    .reports(givenFlatSince(FOUR_WEEKS_BEFORE_LATEST, 6),
                            "GRO-101: KR GRO-101 reports confidence 6/10 but its value has stayed at 33% for 28 days"
                                    + " while it is behind (20% done, 48% expected)");
        }

        /** Key result GRO-101 at 33% (20% of the way from 30% to 45%) since {@code since}, latest on 8 May. */
        private Portfolio givenFlatSince(LocalDate since, int latestConfidence) {
            return givenCheckIns(checkIn(since, 33, 7), checkIn(day("2026-05-08"), 33, latestConfidence));
        }
    }

    @Nested
    @RuleFixture("work-done-no-movement")
    class WorkDoneNoMovement {

        @RuleExample
        @Test
        void flagsFourOfFiveWorkItemsDoneWhileBehind() {
            rule("work-done-no-movement").reports(givenWork(5, 4, checkIn(day("2026-04-10"), 32, 6), checkIn(day("2026-05-08"), 33, 6)),
                    "GRO-101: KR GRO-101 has 4 of 5 work items done, yet its value last moved 7 days ago and it is"
                            + " 20% done with 48% expected");
        }

        @Test
        void flagsEveryWorkItemDoneWhileTheValueStoodStillFourWeeks() {
            rule("work-done-no-movement").reports(givenWork(2, 2, checkIn(day("2026-04-17"), 38, 6), checkIn(day("2026-05-08"), 38, 6)),
                    "GRO-101: KR GRO-101 has 2 of 2 work items done, yet its value last moved 28 days ago and it is"
                            + " 53% done with 48% expected");
        }

        @RuleExample
        @Test
        void acceptsThreeOfFiveWorkItemsDoneWhileBehind() {
            rule("work-done-no-movement").reportsNothing(
                    givenWork(5, 3, checkIn(day("2026-04-10"), 32, 6), checkIn(day("2026-05-08"), 33, 6)));
        }

        @Test
        void acceptsEveryWorkItemDoneWhenTheValueMovedTwentySevenDaysAgoAndIsAhead() {
            rule("work-done-no-movement").reportsNothing(
                    givenWork(2, 2, checkIn(day("2026-04-18"), 38, 6), checkIn(day("2026-05-08"), 38, 6)));
        }

        @Test
        void acceptsAKeyResultWithoutWork() {
            rule("work-done-no-movement").reportsNothing(
                    givenWork(0, 0, checkIn(day("2026-04-10"), 32, 6), checkIn(day("2026-05-08"), 33, 6)));
        }

        @Test
        void aLowerShareFlagsThreeOfFiveWorkItemsDoneWhileBehind() {
            rule("work-done-no-movement").with("workDoneShare", 0.6)
                    .reports(givenWork(5, 3, checkIn(day("2026-04-10"), 32, 6), checkIn(day("2026-05-08"), 33, 6)),
                            "GRO-101: KR GRO-101 has 3 of 5 work items done, yet its value last moved 7 days ago and it is"
                                    + " 20% done with 48% expected");
        }

        @Test
        void aShorterFlatPeriodFlagsTheValueStillForTwentySevenDays() {
            rule("work-done-no-movement").with("flatDays", 21)
                    .reports(givenWork(2, 2, checkIn(day("2026-04-18"), 38, 6), checkIn(day("2026-05-08"), 38, 6)),
                            "GRO-101: KR GRO-101 has 2 of 2 work items done, yet its value last moved 27 days ago and it is"
                                    + " 53% done with 48% expected");
        }

        /** Key result GRO-101 (from 30% to 45%) with {@code done} of {@code count} work items done, checked in so. */
        private Portfolio givenWork(int count, int done, CheckIn... checkIns) {
            return portfolioOf(keyResult("GRO-101").work(new Work(count, done, 0)).checkIns(checkIns));
        }
    }

    @Nested
    @RuleFixture("key-results-added-late")
    class KeyResultsAddedLate {

        private static final LocalDate EARLY_JUNE = day("2026-06-01");

        @RuleExample
        @Test
        void flagsKeyResultAddedWithMoreThanHalfTheCycleGone() {
            rule("key-results-added-late").asOf(EARLY_JUNE).reports(givenThirdKeyResultAddedOn(day("2026-05-20")),
                    "GRO-103: KR GRO-103 was added on 2026-05-20, with 54% of its objective's cycle 2026-Q2 gone");
        }

        @RuleExample
        @Test
        void acceptsKeyResultAddedBeforeHalfTheCycle() {
            rule("key-results-added-late").asOf(EARLY_JUNE).reportsNothing(givenThirdKeyResultAddedOn(day("2026-05-15")));
        }

        @Test
        void anEarlierShareFlagsKeyResultAddedWithFortyEightPercentGone() {
            rule("key-results-added-late").with("lateAddShare", 0.4).asOf(EARLY_JUNE)
                    .reports(givenThirdKeyResultAddedOn(day("2026-05-15")),
                            "GRO-103: KR GRO-103 was added on 2026-05-15, with 48% of its objective's cycle 2026-Q2 gone");
        }

        private Portfolio givenThirdKeyResultAddedOn(LocalDate created) {
            return portfolio(healthyObjective("GRO-1").keyResults(keyResult("GRO-103").created(created)));
        }
    }

    @Nested
    @RuleFixture("committed-at-risk")
    class CommittedAtRisk {

        @RuleExample
        @Test
        void flagsCommittedObjectiveWithAKeyResultAtConfidenceSix() {
            rule("committed-at-risk").reports(portfolio(givenConfidence(6).kind(ObjectiveKind.COMMITTED)),
                    "GRO-1: Committed objective GRO-1 has KR GRO-102 at confidence 6/10, below 7");
        }

        @RuleExample
        @Test
        void acceptsACommittedObjectiveAtConfidenceSeven() {
            rule("committed-at-risk").reportsNothing(portfolio(givenConfidence(7).kind(ObjectiveKind.COMMITTED)));
        }

        @Test
        void ignoresAspirationalObjectives() {
            rule("committed-at-risk").reportsNothing(portfolio(givenConfidence(6).kind(ObjectiveKind.ASPIRATIONAL)));
        }

        @Test
        void aHigherBarFlagsConfidenceSeven() {
            rule("committed-at-risk").with("committedConfidence", 8)
                    .reports(portfolio(givenConfidence(7).kind(ObjectiveKind.COMMITTED)),
                            "GRO-1: Committed objective GRO-1 has KR GRO-101 at confidence 7/10, below 8");
        }

        /** A healthy objective whose second key result's latest check-in gives {@code confidence}. */
        private ObjectiveBuilder givenConfidence(int confidence) {
            return objective("GRO-1").keyResults(keyResult("GRO-101"), keyResult("GRO-102")
                    .checkIns(checkIn(day("2026-04-20"), 36, 8), checkIn(day("2026-05-12"), 38, confidence)));
        }
    }
}
