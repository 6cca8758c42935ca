package com.okradvisor.report;

import com.okradvisor.model.CheckIn;
import com.okradvisor.model.KeyResult;
import java.util.List;

/** One key result in the objective panel: progress, owner and last check-in. */
public final class KeyResultRow {

    private final KeyResult keyResult;
    private final double progress;
    private final List<CheckIn> checkIns;

    KeyResultRow(KeyResult keyResult, double progress, List<CheckIn> checkInsUpToAsOf) {
        this.keyResult = keyResult;
        this.progress = progress;
        this.checkIns = checkInsUpToAsOf;
    }

    public String getKey() {
        return keyResult.key();
    }

    public String getSummaryHtml() {
        return Html.escape(keyResult.issue().summary());
    }

    public int getProgressPercent() {
        return PanelNumbers.percent(progress);
    }

    /** The assignee's name, empty when unassigned. */
    public String getOwnerHtml() {
        return Html.escape(keyResult.issue().owner().orElse(""));
    }

    /** The day of the newest check-in, empty when there is none. */
    public String getLastCheckIn() {
        return checkIns.isEmpty() ? "" : checkIns.get(checkIns.size() - 1).date().toString();
    }
}
