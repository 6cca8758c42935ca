package com.okradvisor.advisor.fact;

import com.okradvisor.text.Texts;
import java.util.List;

/**
 * A group of objectives that align to each other in a loop (a strongly connected part of the
 * alignment graph), or one objective aligned to itself; reported once, on its lowest key.
 *
 * @param keys the members, sorted by issue key, e.g. {@code }
 */
public record AlignmentLoopFact(List<String> keys) {

    public AlignmentLoopFact {
        keys = List.copyOf(keys);
    }

    /** The lowest key, the one the finding is reported on. */
    public String first() {
        return keys.get(0);
    }

    /** Whether the loop is one objective aligned to itself. */
    public boolean selfAligned() {
        return keys.size() == 1;
    }

    /**
     * The members as people read them: {@code }; past ten members, the first ten and how
     * many more: {@code, …, A-10 and 40 more}.
     */
    public String members() {
        return Texts.keys(keys);
    }
}
