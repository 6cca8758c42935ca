package com.okradvisor.report;

import com.okradvisor.model.KeyResult;
import com.okradvisor.model.Metric;
import java.util.Optional;

/** A key result's row: progress, metric, owner and latest check-in. */
public final class KeyResultView {

    private final KeyResult keyResult;
    private final double progress;
    private final MetricView metric;
    private final CheckInView lastCheckIn;
    private final int checkInCount;

    KeyResultView(KeyResult keyResult, double progress, Optional<Metric> metric, Optional<CheckInView> lastCheckIn,
            int checkInCount) {
        this.keyResult = keyResult;
        this.progress = progress;
        this.metric = metric.map(MetricView::new).orElse(null);
        this.lastCheckIn = lastCheckIn.orElse(null);
        this.checkInCount = checkInCount;
    }

    public String getKey() {
        return keyResult.key();
    }

    public String getTitle() {
        return keyResult.issue().summary();
    }

    /** The assignee's name, empty when unassigned. */
    public String getOwner() {
        return keyResult.issue().owner().orElse("");
    }

    /** The status category key: {@code new}, {@code indeterminate} or {@code done}. */
    public String getStatus() {
        return keyResult.issue().status().key();
    }

    public double getProgress() {
        return Numbers.rounded(progress);
    }

    public int getProgressPercent() {
        return Numbers.percent(progress);
    }

    /** The metric as it stands, or null when the key result has none. */
    public MetricView getMetric() {
        return metric;
    }

    public boolean getHasMetric() {
        return metric != null;
    }

    /** The newest check-in up to the as-of date, or null when there is none. */
    public CheckInView getLastCheckIn() {
        return lastCheckIn;
    }

    public boolean getHasCheckIn() {
        return lastCheckIn != null;
    }

    public int getCheckInCount() {
        return checkInCount;
    }
}
