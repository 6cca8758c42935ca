package com.okradvisor.advisor.fact;

import com.okradvisor.text.Texts;
import java.util.List;

/**
 * A group of active key results of one objective whose summaries are alike: each member's word set is
 * at least {@code similarity} alike to another member's, and {@code similarity} reaches the
 * {@code duplicateSimilarity} threshold in force. Key results alike to none are in no group; a group
 * is reported once, on its lowest key (see {@code AlikeKeyResults}).
 *
 * @param objectiveKey their objective
 * @param keys the members, two or more, sorted by issue key
 * @param similarity the least word-set similarity (0.0 to 1.0) of the alike pairs that joined the group:
 *        for two members, their similarity
 */
public record AlikeKeyResultsFact(String objectiveKey, List<String> keys, double similarity) {

    public AlikeKeyResultsFact {
        keys = List.copyOf(keys);
    }

    /** The lowest key, the one the finding is reported on. */
    public String first() {
        return keys.get(0);
    }

    /** Whether the group is two key results, alike to each other. */
    public boolean pair() {
        return keys.size() == 2;
    }

    /** The members as people read them: {@code }, past ten {@code … and 40 more}. */
    public String members() {
        return Texts.keys(keys);
    }
}
