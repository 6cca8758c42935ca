package com.okradvisor.model;

/** How much a finding hurts, most severe first: the declaration order is the sort order. */
public enum Severity {
    CRITICAL,
    MAJOR,
    MINOR,
    INFO;

    /** True when this severity is at least as severe as {@code other}. */
    public boolean isAtLeast(Severity other) {
        return ordinal() <= other.ordinal();
    }
}
