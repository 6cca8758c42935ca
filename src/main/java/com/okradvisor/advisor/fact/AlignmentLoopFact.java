package com.okradvisor.advisor.fact;

import java.util.List;

/**
 * Objectives that align to each other in a loop, starting from the lowest key and returning to it.
 *
 * @param keys the loop, e.g. {@code }
 */
public record AlignmentLoopFact(List<String> keys) {

    public AlignmentLoopFact {
        keys = List.copyOf(keys);
    }

    /** The loop's first objective, the one the finding is reported on. */
    public String first() {
        return keys.get(0);
    }

    /** The loop as people read it: {@code A-1 → A-2 → A-1}. */
    public String path() {
        return String.join(" → ", keys);
    }
}
