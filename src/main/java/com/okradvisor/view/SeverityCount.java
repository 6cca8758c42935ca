package com.okradvisor.view;

import com.okradvisor.model.Finding;
import com.okradvisor.model.Severity;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;

/** How many findings one severity has. */
public final class SeverityCount {

    private final Severity severity;
    private final int count;

    SeverityCount(Severity severity, int count) {
        this.severity = severity;
        this.count = count;
    }

    /** How many of {@code findings} each severity has, most severe first, zeros included. */
    static List<SeverityCount> of(Collection<Finding> findings) {
        EnumMap<Severity, Integer> counts = new EnumMap<>(Severity.class);
        findings.forEach(finding -> counts.merge(finding.severity(), 1, Integer::sum));
        List<SeverityCount> all = new ArrayList<>();
        for (Severity severity : Severity.values()) {
            all.add(new SeverityCount(severity, counts.getOrDefault(severity, 0)));
        }
        return all;
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
