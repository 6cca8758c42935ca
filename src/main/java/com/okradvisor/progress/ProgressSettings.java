package com.okradvisor.progress;

/**
 * The admin's choices that shape progress.
 *
 * @param inProgressWeight the progress of a key result whose status is in progress (0.0 to 1.0)
 * @param fiscalYearStartMonth the month the (fiscal) year starts in, 1 to 12
 */
public record ProgressSettings(double inProgressWeight, int fiscalYearStartMonth) {

    public static final double DEFAULT_IN_PROGRESS_WEIGHT = 0.5;
    public static final ProgressSettings DEFAULTS = new ProgressSettings(DEFAULT_IN_PROGRESS_WEIGHT, 1);

    public ProgressSettings {
        if (!(inProgressWeight >= 0.0 && inProgressWeight <= 1.0)) {
            throw new IllegalArgumentException("in-progress weight must be 0.0 to 1.0, was " + inProgressWeight);
        }
        if (fiscalYearStartMonth < 1 || fiscalYearStartMonth > 12) {
            throw new IllegalArgumentException("fiscal year start month must be 1 to 12, was " + fiscalYearStartMonth);
        }
    }

    public CycleCalendar calendar() {
        return new CycleCalendar(fiscalYearStartMonth);
    }
}
