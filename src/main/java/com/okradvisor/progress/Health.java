package com.okradvisor.progress;

/** How an objective is doing against the share of its cycle that has passed. */
public enum Health {
    DONE("done"),
    NOT_STARTED("not-started"),
    ON_TRACK("on-track"),
    AT_RISK("at-risk"),
    OFF_TRACK("off-track");

    /** Below expected progress by more than this is at risk. */
    public static final double AT_RISK_GAP = 0.15;
    /** Below expected progress by more than this is off track. */
    public static final double OFF_TRACK_GAP = 0.30;

    private final String key;

    Health(String key) {
        this.key = key;
    }

    /** The name reports and the JSON output use, e.g. {@code at-risk}. */
    public String key() {
        return key;
    }

    public boolean isBehind() {
        return this == AT_RISK || this == OFF_TRACK;
    }
}
