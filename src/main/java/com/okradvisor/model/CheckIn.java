package com.okradvisor.model;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * One check-in on a key result.
 *
 * @param at when it was made (a date-only check-in is taken at the start of its day)
 * @param author who made it, may be empty
 * @param value the metric's value at that time, when given
 * @param confidence the author's confidence from 0 to 10, when given
 * @param note free text, may be empty
 */
public record CheckIn(LocalDateTime at, String author, OptionalDouble value, OptionalInt confidence, String note) {

    public static final int MAX_CONFIDENCE = 10;

    public CheckIn {
        Objects.requireNonNull(at, "at");
        author = author == null ? "" : author;
        value = value != null && value.isPresent() && Double.isFinite(value.getAsDouble()) ? value : OptionalDouble.empty();
        confidence = confidence == null ? OptionalInt.empty() : confidence;
        if (confidence.isPresent() && (confidence.getAsInt() < 0 || confidence.getAsInt() > MAX_CONFIDENCE)) {
            throw new IllegalArgumentException("confidence must be 0 to 10, was " + confidence.getAsInt());
        }
        note = note == null ? "" : note;
    }

    public LocalDate date() {
        return at.toLocalDate();
    }
}
