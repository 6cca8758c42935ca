package com.okradvisor.advisor;

import java.util.Arrays;
import java.util.Optional;

/** Every threshold a shipped rule reads, with its default, its bounds and what it means. */
public enum Parameter {
    MAX_KEY_RESULTS("maxKeyResults", 5, 1, 50, true, "Most key results an objective should have."),
    MAX_OBJECTIVES_PER_CYCLE("maxObjectivesPerCycle", 5, 1, 100, true,
            "Most active objectives one project should have in one cycle."),
    MAX_OBJECTIVE_WORDS("maxObjectiveWords", 15, 1, 200, true, "Most words an objective's title should have."),
    STALE_AFTER_DAYS("staleAfterDays", 14, 1, 365, true,
            "Days after which a key result's check-in is stale, or a key result never checked in is overdue."),
    LOW_CONFIDENCE("lowConfidence", 3, 0, 10, true, "Confidence (0-10) at or below which a check-in is a warning."),
    HIGH_CONFIDENCE("highConfidence", 7, 0, 10, true,
            "Confidence (0-10) at or above which a flat, behind key result contradicts its data."),
    KPI_STALE_AFTER_DAYS("kpiStaleAfterDays", 30, 1, 730, true, "Days after which a KPI reading is stale."),
    LATE_SHARE("lateShare", 0.75, 0, 1, false,
            "Share of the cycle gone after which an objective with no progress is critical."),
    EARLY_SHARE("earlyShare", 0.5, 0, 1, false,
            "Share of the cycle before which reaching every key result suggests targets were not ambitious."),
    FORECAST_FLOOR("forecastFloor", 0.6, 0, 1, false,
            "Projected end-of-cycle progress below which a key result's trend is a warning."),
    FLAT_DAYS("flatDays", 28, 1, 365, true,
            "Days a key result's value may stay unchanged before high confidence contradicts it."),
    LATE_ADD_SHARE("lateAddShare", 0.5, 0, 1, false,
            "Share of the objective's cycle after which adding a key result is moving the goalposts."),
    DUPLICATE_SIMILARITY("duplicateSimilarity", 0.8, 0, 1, false,
            "Word-set similarity (0-1) at or above which two key results say the same thing.");

    private final String key;
    private final double defaultValue;
    private final double min;
    private final double max;
    private final boolean whole;
    private final String description;

    Parameter(String key, double defaultValue, double min, double max, boolean whole, String description) {
        this.key = key;
        this.defaultValue = defaultValue;
        this.min = min;
        this.max = max;
        this.whole = whole;
        this.description = description;
    }

    /** The name admins and rule files use, e.g. {@code staleAfterDays}. */
    public String key() {
        return key;
    }

    public double defaultValue() {
        return defaultValue;
    }

    public double min() {
        return min;
    }

    public double max() {
        return max;
    }

    /** True for counts and days, which take whole numbers only. */
    public boolean isWhole() {
        return whole;
    }

    public String description() {
        return description;
    }

    /** The value as people write it: {@code 14}, {@code 0.75}. */
    public String format(double value) {
        return whole ? Long.toString((long) value) : Double.toString(value);
    }

    public static Optional<Parameter> fromKey(String key) {
        return Arrays.stream(values()).filter(parameter -> parameter.key.equals(key)).findFirst();
    }

    /** Refuses a value outside the bounds, or a fraction for a whole-number parameter. */
    void check(double value) {
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException(key + " must be between " + format(min) + " and " + format(max)
                    + ", was " + value);
        }
        if (whole && value != Math.rint(value)) {
            throw new IllegalArgumentException(key + " must be a whole number, was " + value);
        }
    }
}
