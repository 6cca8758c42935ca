package com.okradvisor.progress;

import com.okradvisor.model.CheckIn;
import com.okradvisor.model.Cycle;
import com.okradvisor.model.KeyResult;
import com.okradvisor.model.Metric;
import com.okradvisor.model.Objective;
import com.okradvisor.text.MetricParser;
import com.okradvisor.text.MetricText;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Progress, expected progress, health and score as docs/design.md defines them ("Progress, health and score"). Every method takes the
 * as-of date; check-ins dated after it are ignored, so a past day can be replayed exactly.
 */
public final class ProgressCalculator {

    /** Absorbs floating-point error so that a gap of exactly a band's width stays inside the band. */
    private static final double BAND_TOLERANCE = 1e-9;

    private final ProgressSettings settings;
    private final CycleCalendar calendar;

    public ProgressCalculator(ProgressSettings settings) {
        this.settings = settings;
        this.calendar = settings.calendar();
    }

    /** The check-ins made on or before {@code asOf}, oldest first. */
    private static List<CheckIn> checkInsUpTo(KeyResult keyResult, LocalDate asOf) {
        List<CheckIn> checkIns = keyResult.checkIns();
        int upTo = checkIns.size();
        while (upTo > 0 && checkIns.get(upTo - 1).date().isAfter(asOf)) {
            upTo--;
        }
        return checkIns.subList(0, upTo);
    }

    /** Everything about the key result's standing at once: text, metric, check-ins, progress. */
    public KeyResultStanding standing(KeyResult keyResult, LocalDate asOf) {
        MetricText text = MetricParser.parse(keyResult.issue().summary());
        List<CheckIn> checkIns = checkInsUpTo(keyResult, asOf);
        Optional<Metric> declared = keyResult.metric().or(text::toMetric);
        OptionalDouble latestValue = latestValue(checkIns);
        Optional<Metric> metric = latestValue.isEmpty()
                ? declared : declared.map(m -> m.withCurrent(latestValue.getAsDouble()));
        OptionalDouble fromMetric = metric.map(ProgressCalculator::metricProgress).orElse(OptionalDouble.empty());
        double progress = fromMetric.isPresent() ? fromMetric.getAsDouble() : statusProgress(keyResult);
        return new KeyResultStanding(keyResult, text, metric, checkIns, progress);
    }

    /** Progress from baseline b, target t and current c: clamp((c − b) / (t − b), 0, 1); empty when not computable. */
    public static OptionalDouble metricProgress(Metric metric) {
        if (metric.baseline().isEmpty() || metric.target().isEmpty() || metric.current().isEmpty()) {
            return OptionalDouble.empty();
        }
        return metricProgress(metric.baseline().getAsDouble(), metric.target().getAsDouble(), metric.current().getAsDouble());
    }

    /**
     * clamp((current − baseline) / (target − baseline), 0, 1); empty when baseline equals target or a number
     * is not finite. The three numbers are first scaled by the same power of two, which is exact, so that
     * their differences stay below 4 and cannot overflow, however large they are.
     */
    public static OptionalDouble metricProgress(double baseline, double target, double current) {
        if (!Double.isFinite(baseline) || !Double.isFinite(target) || !Double.isFinite(current)) {
            return OptionalDouble.empty();
        }
        int exponent = Math.getExponent(Math.max(Math.abs(baseline), Math.max(Math.abs(target), Math.abs(current))));
        double base = Math.scalb(baseline, -exponent);
        double span = Math.scalb(target, -exponent) - base;
        if (span == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(clamp((Math.scalb(current, -exponent) - base) / span));
    }

    private double statusProgress(KeyResult keyResult) {
        return switch (keyResult.issue().status()) {
            case DONE -> 1.0;
            case IN_PROGRESS -> settings.inProgressWeight();
            case NEW, UNDEFINED -> 0.0;
        };
    }

    public Cycle cycle(Objective objective) {
        return calendar.cycleOf(objective.issue());
    }

    /** Everything about the objective's standing at once. */
    public ObjectiveProgress assess(Objective objective, LocalDate asOf) {
        Cycle cycle = cycle(objective);
        List<KeyResultStanding> keyResults = standings(objective, asOf);
        double progress = weightedMean(keyResults);
        double expected = cycle.elapsedShare(asOf);
        Health health = health(objective.issue().isDone(), asOf.isBefore(cycle.start()), progress, expected);
        boolean scored = objective.issue().isDone() || cycle.isOverOn(asOf);
        OptionalDouble score = scored ? OptionalDouble.of(Math.round(progress * 10) / 10.0) : OptionalDouble.empty();
        return new ObjectiveProgress(cycle, progress, expected, health, keyResults, score);
    }

    /**
     * Health: done; not started (the cycle has not begun, or nothing is done and nothing is expected
     * yet); on track within {@link Health#AT_RISK_GAP} of expected; at risk within
     * {@link Health#OFF_TRACK_GAP}; off track below that.
     */
    static Health health(boolean done, boolean beforeCycle, double progress, double expected) {
        if (done) {
            return Health.DONE;
        }
        double gap = expected - progress - BAND_TOLERANCE;
        if (beforeCycle || (progress == 0 && gap <= Health.AT_RISK_GAP)) {
            return Health.NOT_STARTED;
        }
        if (gap <= Health.AT_RISK_GAP) {
            return Health.ON_TRACK;
        }
        return gap <= Health.OFF_TRACK_GAP ? Health.AT_RISK : Health.OFF_TRACK;
    }

    private List<KeyResultStanding> standings(Objective objective, LocalDate asOf) {
        return objective.keyResults().stream().map(keyResult -> standing(keyResult, asOf)).toList();
    }

    /**
     * The mean of the key results' progress weighted by their weights, each divided by the heaviest first
     * so that no sum can overflow; the plain mean when every weight is 0; 0 without key results.
     */
    private static double weightedMean(List<KeyResultStanding> keyResults) {
        double heaviest = keyResults.stream().mapToDouble(standing -> standing.keyResult().weight()).max().orElse(0);
        double weighted = 0;
        double totalWeight = 0;
        for (KeyResultStanding standing : keyResults) {
            double weight = heaviest > 0 ? standing.keyResult().weight() / heaviest : 1;
            weighted += standing.progress() * weight;
            totalWeight += weight;
        }
        return totalWeight > 0 ? clamp(weighted / totalWeight) : 0.0;
    }

    private static OptionalDouble latestValue(List<CheckIn> checkIns) {
        for (int i = checkIns.size() - 1; i >= 0; i--) {
            if (checkIns.get(i).value().isPresent()) {
                return checkIns.get(i).value();
            }
        }
        return OptionalDouble.empty();
    }

    private static double clamp(double value) {
        return Math.max(0.0, Math.min(1.0, value));
    }
}
