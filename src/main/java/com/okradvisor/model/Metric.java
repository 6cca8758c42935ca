package com.okradvisor.model;

import java.util.OptionalDouble;

/**
 * A key result's number: where it started, where it should get to, where it is.
 * Any part may be unknown; {@code unit} is empty when there is none.
 */
public record Metric(OptionalDouble baseline, OptionalDouble target, OptionalDouble current, String unit) {

    public Metric {
        baseline = finiteOrEmpty(baseline);
        target = finiteOrEmpty(target);
        current = finiteOrEmpty(current);
        unit = unit == null ? "" : unit;
    }

    public static Metric of(double baseline, double target, double current, String unit) {
        return new Metric(OptionalDouble.of(baseline), OptionalDouble.of(target), OptionalDouble.of(current), unit);
    }

    public Metric withCurrent(double value) {
        return new Metric(baseline, target, OptionalDouble.of(value), unit);
    }

    /** True when baseline and target are both known and equal: the key result would change nothing. */
    public boolean targetEqualsBaseline() {
        return baseline.isPresent() && target.isPresent() && baseline.getAsDouble() == target.getAsDouble();
    }

    private static OptionalDouble finiteOrEmpty(OptionalDouble value) {
        return value != null && value.isPresent() && Double.isFinite(value.getAsDouble()) ? value : OptionalDouble.empty();
    }
}
