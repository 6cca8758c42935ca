package com.okradvisor.model;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * An OKR cycle: a quarter of the (fiscal) year.
 *
 * @param label how people name it, e.g. {@code 2026-Q3} or {@code FY2027-Q1}
 * @param start its first day
 * @param end its last day (inclusive)
 */
public record Cycle(String label, LocalDate start, LocalDate end) {

    public Cycle {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("cycle " + label + " ends before it starts");
        }
    }

    /** The share of the cycle that has passed by the start of {@code day}, from 0.0 to 1.0. */
    public double elapsedShare(LocalDate day) {
        long length = ChronoUnit.DAYS.between(start, end) + 1;
        long elapsed = ChronoUnit.DAYS.between(start, day);
        return Math.max(0.0, Math.min(1.0, (double) elapsed / length));
    }

    /** True when {@code day} is after the cycle's last day. */
    public boolean isOverOn(LocalDate day) {
        return day.isAfter(end);
    }

    /** True when this cycle ended before {@code other} started. */
    public boolean isBefore(Cycle other) {
        return end.isBefore(other.start);
    }
}
