package com.okradvisor.view;

import com.okradvisor.model.Finding;
import java.util.Collection;
import java.util.Set;

/**
 * The findings of an earlier report, for a CI gate that fails only on new ones. A finding is old when
 * the same rule found something on the same issue then, whatever its message says now (messages quote
 * numbers and days that change from run to run); any other finding is new.
 */
public final class Baseline {

    /** No baseline: every finding is new, and reports do not mark findings as new. */
    public static final Baseline NONE = new Baseline(Set.of(), false);

    private final Set<Entry> findings;
    private final boolean given;

    private Baseline(Set<Entry> findings, boolean given) {
        this.findings = findings;
        this.given = given;
    }

    /** A baseline holding {@code findings}. */
    public static Baseline of(Collection<Entry> findings) {
        return new Baseline(Set.copyOf(findings), true);
    }

    /** True unless this is {@link #NONE}. */
    public boolean isGiven() {
        return given;
    }

    /** True when no finding of the baseline has the rule and issue of {@code finding}. */
    public boolean isNew(Finding finding) {
        return !findings.contains(new Entry(finding.rule(), finding.issueKey()));
    }

    /**
     * One finding of a baseline, as much of it as matching needs.
     *
     * @param rule the rule's key, e.g. {@code kr-unmeasurable}
     * @param issueKey the issue it was about
     */
    public record Entry(String rule, String issueKey) {
    }
}
