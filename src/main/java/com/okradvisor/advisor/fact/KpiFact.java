package com.okradvisor.advisor.fact;

import java.time.LocalDate;

/**
 * A KPI as the rules see it.
 *
 * @param key issue key
 * @param title summary
 * @param linkedObjectives the objectives it is linked to, known or not, comma-separated, empty when none
 * @param activeObjectiveCount active objectives it is linked to
 * @param hasReading current value and threshold are both known
 * @param current the current value
 * @param threshold the threshold
 * @param direction {@code higher-is-better} or {@code lower-is-better}
 * @param unit the unit, may be empty
 * @param offTarget the current value is on the wrong side of the threshold
 * @param hasUpdated the reading carries an update date
 * @param updated that date
 * @param daysSinceUpdate days from it to the as-of date
 */
public record KpiFact(
        String key,
        String title,
        String linkedObjectives,
        int activeObjectiveCount,
        boolean hasReading,
        double current,
        double threshold,
        String direction,
        String unit,
        boolean offTarget,
        boolean hasUpdated,
        LocalDate updated,
        long daysSinceUpdate) {
}
