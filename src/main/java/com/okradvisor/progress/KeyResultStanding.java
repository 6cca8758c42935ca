package com.okradvisor.progress;

import com.okradvisor.model.CheckIn;
import com.okradvisor.model.KeyResult;
import com.okradvisor.model.Metric;
import com.okradvisor.text.MetricText;
import java.util.List;
import java.util.Optional;

/**
 * A key result's standing at an as-of date, worked out once and shared by everything that needs it.
 *
 * @param keyResult the key result
 * @param text what its summary promises
 * @param metric its metric as it stands: the property or the summary's, current value from the newest check-in
 * @param checkIns its check-ins on or before the as-of date, oldest first
 * @param progress its progress, 0.0 to 1.0
 */
public record KeyResultStanding(
        KeyResult keyResult, MetricText text, Optional<Metric> metric, List<CheckIn> checkIns, double progress) {

    public KeyResultStanding {
        Shares.require("progress", progress);
        checkIns = List.copyOf(checkIns);
    }

    public String key() {
        return keyResult.key();
    }
}
