package com.okradvisor.model;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
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

    /**
     * These findings in {@link #ORDER}. Each issue key is cut into project and number once rather than at
     * every comparison: a large portfolio has tens of thousands of findings to sort.
     */
    public static List<Finding> sorted(Collection<Finding> findings) {
        return findings.stream().map(SortEntry::new).sorted().map(SortEntry::finding).toList();
    }

    /** A finding with its issue key already read, compared as {@link #ORDER} compares findings. */
    private record SortEntry(Finding finding, String project, long number) implements Comparable<SortEntry> {

        SortEntry(Finding finding) {
            this(finding, IssueKeys.project(finding.issueKey()), IssueKeys.number(finding.issueKey()));
        }

        @Override
        public int compareTo(SortEntry other) {
            int order = finding.severity().compareTo(other.finding.severity());
            if (order == 0) {
                order = project.compareTo(other.project);
            }
            if (order == 0) {
                order = Long.compare(number, other.number);
            }
            if (order == 0) {
                order = finding.issueKey().compareTo(other.finding.issueKey());
            }
            return order != 0 ? order : finding.rule().compareTo(other.finding.rule());
        }
    }
}
