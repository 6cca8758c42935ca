package com.okradvisor.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/** The {@code okr.kpi} property: a KPI's latest value against its threshold. */
public record KpiReading(
        OptionalDouble current, OptionalDouble threshold, KpiDirection direction, String unit, Optional<LocalDate> updated) {

    public KpiReading {
        current = current.isPresent() && Double.isFinite(current.getAsDouble()) ? current : OptionalDouble.empty();
        threshold = threshold.isPresent() && Double.isFinite(threshold.getAsDouble()) ? threshold : OptionalDouble.empty();
        Objects.requireNonNull(direction, "direction");
        unit = unit == null ? "" : unit;
        Objects.requireNonNull(updated, "updated");
    }

    /** True when both numbers are known and the current one is on the wrong side of the threshold. */
    public boolean isOffTarget() {
        return current.isPresent() && threshold.isPresent()
                && direction.isOffTarget(current.getAsDouble(), threshold.getAsDouble());
    }
}
