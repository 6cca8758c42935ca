package com.okradvisor.jira.view;

import com.okradvisor.model.Finding;
import java.util.Collection;
import java.util.List;

/**
 * The most severe of a view's findings, at most a cap of them, and how many there are in all: a panel
 * or an answer lists a bounded number of findings however many the rules report (an epic of 500 key
 * results can have thousands), and says how many it left out.
 *
 * @param shown the findings listed, most severe first ({@link Finding#ORDER})
 * @param total how many findings there are, listed or not
 * @param <T> a finding, or a view of one
 */
public record MostSevere<T>(List<T> shown, int total) {

    /** The most findings a panel lists. */
    public static final int PANEL = 50;

    public MostSevere {
        shown = List.copyOf(shown);
    }

    /** The first {@code cap} of {@code findings} in {@link Finding#ORDER}, and how many there are. */
    public static MostSevere<Finding> of(Collection<Finding> findings, int cap) {
        return first(Finding.sorted(findings), cap);
    }

    /** The first {@code cap} of {@code sorted}, already most severe first, and how many there are. */
    public static <T> MostSevere<T> first(List<T> sorted, int cap) {
        return new MostSevere<>(sorted.subList(0, Math.min(cap, sorted.size())), sorted.size());
    }

    /** How many findings are not listed. */
    public int notShown() {
        return total - shown.size();
    }
}
