package com.okradvisor.report;

import com.okradvisor.model.CheckIn;
import com.okradvisor.progress.KeyResultStanding;
import java.util.List;

/** One key result in the objective panel: progress, owner and last check-in. */
public final class KeyResultRow {

    private final KeyResultStanding standing;

    KeyResultRow(KeyResultStanding standing) {
        this.standing = standing;
    }

    public String getKey() {
        return standing.key();
    }

    public String getSummaryHtml() {
        return Html.escape(standing.keyResult().issue().summary());
    }

    public int getProgressPercent() {
        return PanelNumbers.percent(standing.progress());
    }

    /** The assignee's name, empty when unassigned. */
    public String getOwnerHtml() {
        return Html.escape(standing.keyResult().issue().owner().orElse(""));
    }

    /** The day of the newest check-in up to the as-of date, empty when there is none. */
    public String getLastCheckIn() {
        List<CheckIn> checkIns = standing.checkIns();
        return checkIns.isEmpty() ? "" : checkIns.get(checkIns.size() - 1).date().toString();
    }
}
