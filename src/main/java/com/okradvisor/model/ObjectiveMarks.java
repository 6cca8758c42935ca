package com.okradvisor.model;

import java.util.Collection;
import java.util.Objects;

/**
 * The labels that say more about an objective than its being one: that it is top-level (aligned to
 * nothing on purpose) and which kind it is. Labels compare without regard to case, as JQL does.
 *
 * @param topLevelLabel an objective carrying it is top-level, {@code okr-top} by default
 * @param committedLabel an objective carrying it is committed, {@code committed} by default
 * @param aspirationalLabel an objective carrying it is aspirational, {@code aspirational} by default
 */
public record ObjectiveMarks(String topLevelLabel, String committedLabel, String aspirationalLabel) {

    public static final ObjectiveMarks DEFAULTS = new ObjectiveMarks("okr-top", "committed", "aspirational");

    public ObjectiveMarks {
        topLevelLabel = Objects.requireNonNull(topLevelLabel, "topLevelLabel").strip();
        committedLabel = Objects.requireNonNull(committedLabel, "committedLabel").strip();
        aspirationalLabel = Objects.requireNonNull(aspirationalLabel, "aspirationalLabel").strip();
        if (topLevelLabel.isEmpty() || committedLabel.isEmpty() || aspirationalLabel.isEmpty()) {
            throw new IllegalArgumentException("the top-level, committed and aspirational labels must not be empty");
        }
        if (committedLabel.equalsIgnoreCase(aspirationalLabel)) {
            throw new IllegalArgumentException("the committed and aspirational labels must differ");
        }
    }

    /** True for labels that carry the top-level label. */
    public boolean isTopLevel(Collection<String> labels) {
        return Mapping.carries(labels, topLevelLabel);
    }

    /** The kind the labels give; an objective carrying both kinds' labels is committed, the stricter promise. */
    public ObjectiveKind kindOf(Collection<String> labels) {
        if (Mapping.carries(labels, committedLabel)) {
            return ObjectiveKind.COMMITTED;
        }
        return Mapping.carries(labels, aspirationalLabel) ? ObjectiveKind.ASPIRATIONAL : ObjectiveKind.UNKNOWN;
    }
}
