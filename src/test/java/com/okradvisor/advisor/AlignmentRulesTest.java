package com.okradvisor.advisor;

import static com.okradvisor.advisor.RuleVerifier.rule;
import static com.okradvisor.testing.Okr.day;
import static com.okradvisor.testing.Okr.healthy;
import static com.okradvisor.testing.Okr.healthyObjective;
import static com.okradvisor.testing.Okr.keyResult;
import static com.okradvisor.testing.Okr.kpi;
import static com.okradvisor.testing.Okr.objective;
import static com.okradvisor.testing.Okr.portfolio;
import static com.okradvisor.testing.Okr.portfolioOf;

import com.okradvisor.model.KpiDirection;
import com.okradvisor.model.Portfolio;
import com.okradvisor.testing.Okr.KpiBuilder;
import com.okradvisor.testing.Okr.ObjectiveBuilder;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Fixtures of {@code rules/alignment.drl}. */
class AlignmentRulesTest {

    private static final LocalDate READ_RECENTLY = day("2026-05-01");

    private static Portfolio given(ObjectiveBuilder objective, KpiBuilder kpi) {
        return portfolio(List.of(objective), List.of(kpi));
    }

    @Nested
    @RuleFixture("kpi-misaligned")
    class KpiMisaligned {

        @RuleExample
        @Test
        void flagsKpiLinkedToNoObjective() {
            rule("kpi-misaligned").reports(given(healthyObjective("GRO-1"), kpi("GRO-90")),
                    "GRO-90: KPI GRO-90 is linked to no active objective");
        }

        @Test
        void flagsKpiLinkedOnlyToADoneOrUnknownObjective() {
            rule("kpi-misaligned").reports(
                    given(healthyObjective("GRO-1").done(day("2026-05-10")), kpi("GRO-90").supports("GRO-1", "GRO-7")),
                    "GRO-90: KPI GRO-90 is linked to no active objective"
                            + " (only to inactive or unknown objectives: GRO-1, GRO-7)");
        }

        @RuleExample
        @Test
        void acceptsKpiLinkedToAnActiveObjective() {
            rule("kpi-misaligned").reportsNothing(healthy("GRO-1"));
        }
    }

    @Nested
    @RuleFixture("kpi-off-target-unaddressed")
    class KpiOffTargetUnaddressed {

        @RuleExample
        @Test
        void flagsKpiBelowItsThresholdThatNoObjectiveAddresses() {
            rule("kpi-off-target-unaddressed").reports(
                    given(healthyObjective("GRO-1"),
                            kpi("GRO-90").reading(85, 90, KpiDirection.HIGHER_IS_BETTER, READ_RECENTLY)),
                    "GRO-90: KPI GRO-90 is at 85%, on the wrong side of its threshold 90% (higher-is-better),"
                            + " and no active objective addresses it");
        }

        @RuleExample
        @Test
        void acceptsOffTargetKpiThatAnActiveObjectiveAddresses() {
            rule("kpi-off-target-unaddressed").reportsNothing(given(healthyObjective("GRO-1"),
                    kpi("GRO-90").supports("GRO-1")
                            .reading(85, 90, KpiDirection.HIGHER_IS_BETTER, READ_RECENTLY)));
        }

        @Test
        void acceptsUnlinkedKpiOnTheRightSideOfItsThreshold() {
            rule("kpi-off-target-unaddressed").reportsNothing(given(healthyObjective("GRO-1"),
                    kpi("GRO-90").reading(85, 90, KpiDirection.LOWER_IS_BETTER, READ_RECENTLY)));
        }
    }

    @Nested
    @RuleFixture("objective-without-kpi")
    class ObjectiveWithoutKpi {

        @RuleExample
        @Test
        void flagsActiveObjectiveWithNoLinkedKpi() {
            rule("objective-without-kpi").reports(portfolio(healthyObjective("GRO-1")),
                    "GRO-1: Objective GRO-1 has no linked KPI");
        }

        @RuleExample
        @Test
        void acceptsObjectiveWithALinkedKpi() {
            rule("objective-without-kpi").reportsNothing(healthy("GRO-1"));
        }
    }

    @Nested
    @RuleFixture("alignment-to-inactive-objective")
    class AlignmentToInactiveObjective {

        @RuleExample
        @Test
        void flagsObjectiveAlignedToADoneParent() {
            rule("alignment-to-inactive-objective")
                    .reports(givenGro2AlignedTo(healthyObjective("GRO-1").done(day("2026-05-10"))),
                            "GRO-2: Objective GRO-2 is aligned to GRO-1, which is done");
        }

        @Test
        void flagsObjectiveAlignedToAParentOfAnEarlierCycle() {
            rule("alignment-to-inactive-objective")
                    .reports(givenGro2AlignedTo(healthyObjective("GRO-1").due(day("2026-03-31"))),
                            "GRO-2: Objective GRO-2 is aligned to GRO-1, which belongs to the earlier cycle 2026-Q1");
        }

        @RuleExample
        @Test
        void acceptsObjectiveAlignedToAnActiveParent() {
            rule("alignment-to-inactive-objective").reportsNothing(givenGro2AlignedTo(healthyObjective("GRO-1")));
        }

        /** {@code gro1} and a healthy objective GRO-2 aligned to it. */
        private Portfolio givenGro2AlignedTo(ObjectiveBuilder gro1) {
            return portfolio(gro1, healthyObjective("GRO-2").alignedTo("GRO-1"));
        }
    }

    @Nested
    @RuleFixture("alignment-cycle")
    class AlignmentCycle {

        @RuleExample
        @Test
        void flagsTwoObjectivesAlignedToEachOtherOnce() {
            rule("alignment-cycle").reports(
                    portfolio(healthyObjective("GRO-1").alignedTo("GRO-2"), healthyObjective("GRO-2").alignedTo("GRO-1")),
                    "GRO-1: Objectives GRO-1 and GRO-2 align to each other in a loop");
        }

        @Test
        void flagsATangleOnceOnItsLowestKeyWithItsMembers() {
            rule("alignment-cycle").reports(portfolio(healthyObjective("GRO-3").alignedTo("GRO-1", "GRO-2"),
                            healthyObjective("GRO-1").alignedTo("GRO-2"), healthyObjective("GRO-2").alignedTo("GRO-3")),
                    "GRO-1: Objectives GRO-1, GRO-2 and GRO-3 align to each other in a loop");
        }

        @Test
        void flagsObjectiveAlignedToItself() {
            rule("alignment-cycle").reports(portfolio(healthyObjective("GRO-1").alignedTo("GRO-1")),
                    "GRO-1: Objective GRO-1 is aligned to itself");
        }

        @Test
        void flagsTwoSeparateLoopsEachOnce() {
            rule("alignment-cycle").reports(portfolio(healthyObjective("GRO-1").alignedTo("GRO-1"),
                            healthyObjective("GRO-7").alignedTo("GRO-8", "GRO-1"), healthyObjective("GRO-8").alignedTo("GRO-7")),
                    "GRO-1: Objective GRO-1 is aligned to itself",
                    "GRO-7: Objectives GRO-7 and GRO-8 align to each other in a loop");
        }

        @Test
        void flagsFiftyObjectivesAllAlignedToEachOtherOnceNamingTheFirstTen() {
            List<String> keys = IntStream.rangeClosed(1, 50).mapToObj(i -> "GRO-" + i).toList();
            rule("alignment-cycle").reports(portfolio(keys.stream().map(key -> healthyObjective(key)
                            .alignedTo(keys.stream().filter(other -> !other.equals(key)).toArray(String[]::new)))
                            .toArray(ObjectiveBuilder[]::new)),
                    "GRO-1: Objectives GRO-1, GRO-2, GRO-3, GRO-4, GRO-5, GRO-6, GRO-7, GRO-8, GRO-9, GRO-10"
                            + " and 40 more align to each other in a loop");
        }

        @RuleExample
        @Test
        void acceptsAChainOfAlignments() {
            rule("alignment-cycle").reportsNothing(portfolio(healthyObjective("GRO-1"),
                    healthyObjective("GRO-2").alignedTo("GRO-1"), healthyObjective("GRO-3").alignedTo("GRO-2")));
        }
    }

    @Nested
    @RuleFixture("kr-outside-cycle")
    class KrOutsideCycle {

        @RuleExample
        @Test
        void flagsKeyResultDueAfterItsObjectivesCycle() {
            rule("kr-outside-cycle").reports(portfolioOf(keyResult("GRO-101").due(day("2026-07-15"))),
                    "GRO-101: KR GRO-101 is due 2026-07-15, after its objective's cycle 2026-Q2 ends on 2026-06-30");
        }

        @RuleExample
        @Test
        void acceptsKeyResultDueOnTheCyclesLastDay() {
            rule("kr-outside-cycle").reportsNothing(
                    portfolioOf(keyResult("GRO-101").due(day("2026-06-30"))));
        }
    }

    @Nested
    @RuleFixture("objective-unaligned")
    class ObjectiveUnaligned {

        @RuleExample
        @Test
        void flagsObjectiveAlignedToNothingAndNotTopLevel() {
            rule("objective-unaligned").reports(portfolio(healthyObjective("GRO-1").notTopLevel()),
                    "GRO-1: Objective GRO-1 is aligned to no parent objective and is not marked top-level:"
                            + " 'Delight first-time customers'");
        }

        @RuleExample
        @Test
        void acceptsAlignedOrTopLevelObjectivesAndIgnoresDoneOnes() {
            rule("objective-unaligned").reportsNothing(portfolio(healthyObjective("GRO-1").notTopLevel().alignedTo("CO-1"),
                    healthyObjective("PAY-1"), objective("OPS-1").notTopLevel().done(day("2026-05-10"))));
        }
    }
}
