package com.okradvisor.view;

import com.okradvisor.model.Severity;
import java.util.Locale;

/** How many findings one severity has. */
public final class SeverityCount {

    private final Severity severity;
    private final int count;

    SeverityCount(Severity severity, int count) {
        this.severity = severity;
        this.count = count;
    }

    public String getSeverity() {
        return severity.name();
    }

    public String getSeverityKey() {
        return severity.name().toLowerCase(Locale.ROOT);
    }

    public int getCount() {
        return count;
    }
}
