package com.okradvisor.progress;

import com.okradvisor.model.Cycle;
import java.util.List;
import java.util.OptionalDouble;

/**
 * An objective's standing at an as-of date.
 *
 * @param cycle the quarter it belongs to
 * @param progress the weighted mean of its key results' progress, 0.0 to 1.0
 * @param expected the share of the cycle that has passed, 0.0 to 1.0
 * @param health how it is doing against the expected progress
 * @param keyResults each key result's standing, in the objective's order
 * @param score the end-of-cycle score on Google's 0.0–1.0 scale, once the cycle is over or the objective done
 */
public record ObjectiveProgress(
        Cycle cycle,
        double progress,
        double expected,
        Health health,
        List<KeyResultStanding> keyResults,
        OptionalDouble score) {

    public ObjectiveProgress {
        Shares.require("progress", progress);
        Shares.require("expected progress", expected);
        score.ifPresent(value -> Shares.require("score", value));
        keyResults = List.copyOf(keyResults);
    }
}
