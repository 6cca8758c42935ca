package com.okradvisor.model;

/**
 * Whether an objective is meant to be delivered in full (committed), is a stretch (aspirational), or
 * says neither. An admin names the label of each kind ({@link ObjectiveMarks}).
 */
public enum ObjectiveKind {
    COMMITTED("committed"),
    ASPIRATIONAL("aspirational"),
    UNKNOWN("unknown");

    private final String key;

    ObjectiveKind(String key) {
        this.key = key;
    }

    /** The word reports, REST and the facts use: {@code committed}, {@code aspirational} or {@code unknown}. */
    public String key() {
        return key;
    }
}
