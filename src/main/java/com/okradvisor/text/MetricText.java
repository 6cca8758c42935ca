package com.okradvisor.text;

import com.okradvisor.model.Metric;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What a key result's summary promises, as read by {@link MetricParser}.
 *
 * @param kind what kind of expression the summary holds
 * @param baseline where it starts, when the text says ("from 30 to 45")
 * @param target where it should get to, when the text says
 * @param unit the unit the text uses ({@code %}, {@code $}, {@code s}, …), empty when none
 */
public record MetricText(Kind kind, OptionalDouble baseline, OptionalDouble target, String unit) {

    /** The kinds of expression the parser recognises. */
    public enum Kind {
        /** No number, amount or target expression at all. */
        NONE,
        /** "from 30 to 45", "30 → 45", "$20k to $26k". */
        RANGE,
        /** "to 45%", "reach 1,200 customers". */
        TARGET,
        /** "below 2 s", "at least 99.9%". */
        BOUND,
        /** "by 10%", "double sign-ups": a change whose end value the text does not give. */
        CHANGE,
        /** "3 new markets": a number on its own. */
        COUNT
    }

    public static final MetricText NONE = new MetricText(Kind.NONE, OptionalDouble.empty(), OptionalDouble.empty(), "");

    public MetricText {
        unit = unit == null ? "" : unit;
    }

    /** True when the text holds a number, percentage, amount or target expression. */
    public boolean isMeasurable() {
        return kind != Kind.NONE;
    }

    /** The metric the text describes, when it names at least a target. */
    public Optional<Metric> toMetric() {
        if (target.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Metric(baseline, target, OptionalDouble.empty(), unit));
    }
}
