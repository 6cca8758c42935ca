package com.okradvisor.model;

import java.util.Comparator;
import java.util.Objects;

/**
 * One rule's verdict on one issue.
 *
 * @param rule the rule's key, e.g. {@code kr-unmeasurable}
 * @param severity how much it hurts
 * @param issueKey the issue it is about
 * @param message what is wrong, naming the issue and the evidence
 * @param remedy what to do about it, in one line
 */
public record Finding(String rule, Severity severity, String issueKey, String message, String remedy) {

    /** Severity first, then issue key (project, then number), then rule key. */
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity)
            .thenComparing(Finding::issueKey, IssueKeys.ORDER)
            .thenComparing(Finding::rule);

    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(issueKey, "issueKey");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(remedy, "remedy");
    }
}
