package com.okradvisor.progress;

import static com.okradvisor.testing.Okr.AS_OF;
import static com.okradvisor.testing.Okr.checkIn;
import static com.okradvisor.testing.Okr.day;
import static com.okradvisor.testing.Okr.keyResult;
import static com.okradvisor.testing.Okr.objective;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.okradvisor.model.KeyResult;
import com.okradvisor.model.Metric;
import com.okradvisor.model.Objective;
import com.okradvisor.model.StatusCategory;
import com.okradvisor.testing.Okr.KeyResultBuilder;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProgressCalculatorTest {

    private static final ProgressCalculator CALCULATOR = new ProgressCalculator(ProgressSettings.DEFAULTS);

    private static KeyResultBuilder unmeasuredKeyResult(StatusCategory status) {
        return keyResult("GRO-2").summary("Ship the onboarding flow").status(status).checkIns();
    }

    private static double progressOf(KeyResultBuilder keyResult) {
        return CALCULATOR.standing(keyResult.build(), AS_OF).progress();
    }

    @ParameterizedTest(name = "baseline {0}, target {1}, current {2} → {3}")
    @CsvSource(textBlock = """
            30, 45, 38,  0.5333
            30, 45, 30,  0.0
            30, 45, 50,  1.0
            30, 45, 20,  0.0
            10, 4,  7,   0.5
            10, 4,  12,  0.0
            10, 4,  1,   1.0
            """)
    void measuresMetricProgressForRisingAndFallingTargets(double baseline, double target, double current, double expected) {
        double progress = progressOf(keyResult("GRO-2").metric(Metric.of(baseline, target, current, "")).checkIns());

        assertThat(progress).isCloseTo(expected, within(1e-4));
    }

    @Test
    void takesTheNewestCheckInValueAsTheCurrentValue() {
        KeyResultBuilder keyResult = keyResult("GRO-2").metric(Metric.of(0, 100, 10, ""))
                .checkIns(checkIn(day("2026-04-10"), 20, 5), checkIn(day("2026-05-01"), 60, 5));

        assertThat(progressOf(keyResult)).isEqualTo(0.6);
    }

    @Test
    void ignoresCheckInsAfterTheAsOfDate() {
        KeyResultBuilder keyResult = keyResult("GRO-2").metric(Metric.of(0, 100, 10, ""))
                .checkIns(checkIn(day("2026-04-10"), 20, 5), checkIn(day("2026-06-01"), 90, 5));

        assertThat(progressOf(keyResult)).isEqualTo(0.2);
    }

    @Test
    void readsTheMetricFromTheSummaryWhenThereIsNoProperty() {
        KeyResultBuilder keyResult = keyResult("GRO-2").summary("Raise activation from 30% to 40%")
                .checkIns(checkIn(day("2026-05-01"), 35, 5));

        assertThat(progressOf(keyResult)).isEqualTo(0.5);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            NEW,         0.0
            UNDEFINED,   0.0
            IN_PROGRESS, 0.5
            DONE,        1.0
            """)
    void fallsBackToTheStatusCategory(StatusCategory status, double expected) {
        assertThat(progressOf(unmeasuredKeyResult(status))).isEqualTo(expected);
    }

    @Test
    void usesTheConfiguredInProgressWeight() {
        ProgressCalculator calculator = new ProgressCalculator(new ProgressSettings(0.3, 1));

        assertThat(calculator.standing(unmeasuredKeyResult(StatusCategory.IN_PROGRESS).build(), AS_OF).progress())
                .isEqualTo(0.3);
    }

    @Test
    void fallsBackToTheStatusWhenBaselineEqualsTarget() {
        KeyResultBuilder keyResult = unmeasuredKeyResult(StatusCategory.DONE).metric(Metric.of(5, 5, 5, ""));

        assertThat(progressOf(keyResult)).isEqualTo(1.0);
    }

    @Test
    void fallsBackToTheStatusWhenTheMetricHasNoCurrentValue() {
        KeyResultBuilder keyResult = unmeasuredKeyResult(StatusCategory.NEW)
                .metric(new Metric(OptionalDouble.of(1), OptionalDouble.of(9), OptionalDouble.empty(), ""));

        assertThat(progressOf(keyResult)).isZero();
    }

    @Test
    void weighsKeyResultsByTheirWeight() {
        Objective objective = objective("GRO-1").keyResults(
                unmeasuredKeyResult(StatusCategory.DONE).weight(3),
                keyResult("GRO-3").summary("Write docs").status(StatusCategory.NEW).checkIns().weight(1)).build();

        assertThat(CALCULATOR.assess(objective, AS_OF).progress()).isEqualTo(0.75);
    }

    @Test
    void takesThePlainMeanWhenEveryWeightIsZero() {
        Objective objective = objective("GRO-1").keyResults(
                unmeasuredKeyResult(StatusCategory.DONE).weight(0),
                keyResult("GRO-3").summary("Write docs").status(StatusCategory.NEW).checkIns().weight(0)).build();

        assertThat(CALCULATOR.assess(objective, AS_OF).progress()).isEqualTo(0.5);
    }

    @Test
    void givesADoneObjectiveWhoseKeyResultsWeighUpTo1e308FullProgress() {
        Objective objective = objective("GRO-1").status(StatusCategory.DONE).keyResults(
                unmeasuredKeyResult(StatusCategory.DONE).weight(1e308),
                keyResult("GRO-3").summary("Write docs").status(StatusCategory.DONE).checkIns().weight(1e308)).build();

        ObjectiveProgress progress = CALCULATOR.assess(objective, AS_OF);

        assertThat(progress.progress()).as("1e308 + 1e308 overflowed, and ∞/∞ made it NaN").isEqualTo(1.0);
        assertThat(progress.health()).isEqualTo(Health.DONE);
        assertThat(progress.score()).hasValue(1.0);
    }

    @Test
    void weighsAKeyResultOfTheLargestWeightAgainstOneOfTheSmallest() {
        Objective objective = objective("GRO-1").keyResults(
                unmeasuredKeyResult(StatusCategory.DONE).weight(Double.MAX_VALUE),
                keyResult("GRO-3").summary("Write docs").status(StatusCategory.NEW).checkIns().weight(Double.MIN_VALUE)).build();

        assertThat(CALCULATOR.assess(objective, AS_OF).progress()).isEqualTo(1.0);
    }

    @ParameterizedTest(name = "baseline {0}, target {1}, current {2} → {3}")
    @CsvSource(textBlock = """
            -1.7976931348623157e308, 1.7976931348623157e308, 0,                        0.5
            -1e308,                  -5e307,                  1e308,                   1.0
            1e308,                   -1e308,                  1.7976931348623157e308,  0.0
            0,                       4.9e-324,                4.9e-324,                1.0
            1e-308,                  3e-308,                  2e-308,                  0.5
            """)
    void keepsProgressFromHugeAndTinyMetricsFinite(double baseline, double target, double current, double expected) {
        assertThat(ProgressCalculator.metricProgress(baseline, target, current).getAsDouble()).isCloseTo(expected, within(1e-9));
    }

    @Test
    void givesZeroProgressToAnObjectiveWithoutKeyResults() {
        assertThat(CALCULATOR.assess(objective("GRO-1").build(), AS_OF).progress()).isZero();
    }

    @Test
    void placesAnObjectiveInTheQuarterOfItsDueDateOrElseOfItsCreation() {
        assertThat(CALCULATOR.cycle(objective("GRO-1").due(day("2026-08-01")).build()).label()).isEqualTo("2026-Q3");
        assertThat(CALCULATOR.cycle(objective("GRO-1").due(null).created(day("2026-02-01")).build()).label())
                .isEqualTo("2026-Q1");
    }

    @ParameterizedTest(name = "done={0}, before cycle={1}, progress {2}, expected {3} → {4}")
    @CsvSource(textBlock = """
            true,  false, 0.1,  0.9,  DONE
            false, true,  0.0,  0.0,  NOT_STARTED
            false, false, 0.0,  0.10, NOT_STARTED
            false, false, 0.0,  0.20, AT_RISK
            false, false, 0.40, 0.55, ON_TRACK
            false, false, 0.39, 0.55, AT_RISK
            false, false, 0.25, 0.55, AT_RISK
            false, false, 0.24, 0.55, OFF_TRACK
            false, false, 0.9,  0.5,  ON_TRACK
            """)
    void judgesHealthAgainstExpectedProgress(boolean done, boolean beforeCycle, double progress, double expected,
            Health health) {
        assertThat(ProgressCalculator.health(done, beforeCycle, progress, expected)).isEqualTo(health);
    }

    @Test
    void assessesAnObjectiveAllAtOnce() {
        Objective objective = objective("GRO-1").keyResults(
                keyResult("GRO-2").metric(Metric.of(0, 10, 2, "")).checkIns()).build();

        ObjectiveProgress standing = CALCULATOR.assess(objective, AS_OF);

        assertThat(standing.cycle().label()).isEqualTo("2026-Q2");
        assertThat(standing.progress()).isEqualTo(0.2);
        assertThat(standing.expected()).isEqualTo(44.0 / 91);
        assertThat(standing.health()).isEqualTo(Health.AT_RISK);
        assertThat(standing.keyResults()).singleElement().satisfies(keyResult -> {
            assertThat(keyResult.key()).isEqualTo("GRO-2");
            assertThat(keyResult.progress()).isEqualTo(0.2);
        });
        assertThat(standing.score()).isEmpty();
    }

    @Test
    void scoresAnObjectiveOnceItsCycleIsOver() {
        Objective objective = objective("GRO-1").keyResults(
                keyResult("GRO-2").metric(Metric.of(0, 10, 7.4, "")).checkIns()).build();

        assertThat(CALCULATOR.assess(objective, day("2026-07-02")).score()).hasValue(0.7);
    }

    @Test
    void neverFailsOnAWeightlessEmptyOrOddKeyResult() {
        KeyResult odd = keyResult("GRO-2").metric(new Metric(OptionalDouble.of(Double.NaN),
                OptionalDouble.of(Double.POSITIVE_INFINITY), OptionalDouble.of(1), null)).build();

        assertThat(CALCULATOR.standing(odd, AS_OF).progress()).isEqualTo(0.5);
    }
}
