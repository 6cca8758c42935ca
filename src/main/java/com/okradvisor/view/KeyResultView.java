package com.okradvisor.view;

import com.okradvisor.model.CheckIn;
import com.okradvisor.model.Metric;
import com.okradvisor.model.Work;
import com.okradvisor.progress.KeyResultStanding;
import com.okradvisor.text.Numbers;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A key result as the report's rows and the Jira panels show it: progress, metric, work, owner and
 * check-ins. Issue text goes into HTML only through the {@code …Html} getters.
 */
public final class KeyResultView {

    private final KeyResultStanding standing;
    private final MetricView metric;
    private final List<CheckInView> history;

    public KeyResultView(KeyResultStanding standing) {
        this.standing = standing;
        this.metric = standing.metric().map(MetricView::new).orElse(null);
        String unit = standing.metric().map(Metric::unit).orElse("");
        List<CheckInView> newestFirst = new ArrayList<>();
        for (CheckIn checkIn : standing.checkIns()) {
            newestFirst.add(new CheckInView(checkIn, unit));
        }
        Collections.reverse(newestFirst);
        this.history = List.copyOf(newestFirst);
    }

    public String getKey() {
        return standing.key();
    }

    public String getTitle() {
        return standing.keyResult().issue().summary();
    }

    public String getTitleHtml() {
        return Html.escape(getTitle());
    }

    /** The assignee's name, empty when unassigned. */
    public String getOwnerHtml() {
        return Html.escape(standing.keyResult().issue().owner().orElse(""));
    }

    public double getProgress() {
        return Numbers.rounded(standing.progress());
    }

    public int getProgressPercent() {
        return Numbers.percent(standing.progress());
    }

    /** The metric as it stands, or null when the key result has none. */
    public MetricView getMetric() {
        return metric;
    }

    public boolean getHasMetric() {
        return metric != null;
    }

    /** True when the key result has work: sub-tasks or linked issues, seen or hidden. */
    public boolean getHasWork() {
        Work work = standing.keyResult().work();
        return work.count() > 0 || work.hidden() > 0;
    }

    /** Its work items the reader sees. */
    public int getWorkCount() {
        return standing.keyResult().work().count();
    }

    /** Those of them done. */
    public int getWorkDone() {
        return standing.keyResult().work().done();
    }

    /** Its work items the reader may not see. */
    public int getWorkHidden() {
        return standing.keyResult().work().hidden();
    }

    /** The newest check-in up to the as-of date, or null when there is none. */
    public CheckInView getLastCheckIn() {
        return history.isEmpty() ? null : history.get(0);
    }

    public boolean getHasCheckIn() {
        return !history.isEmpty();
    }

    /** The check-ins up to the as-of date, newest first. */
    public List<CheckInView> getCheckIns() {
        return history;
    }
}
