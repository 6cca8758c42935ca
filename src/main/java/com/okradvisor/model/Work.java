package com.okradvisor.model;

/**
 * A key result's work: its sub-tasks and the issues linked to it with a work link type
 * (docs/design.md, "The OKR model"), counted. An item is done when its status category is
 * {@code done}; one the reader may not see is counted as hidden, apart from the others, and never named.
 *
 * @param count the work items the reader sees
 * @param done those of them whose status category is done
 * @param hidden the work items the reader may not see, whose status is unknown
 */
public record Work(int count, int done, int hidden) {

    /** No work at all. */
    public static final Work NONE = new Work(0, 0, 0);

    public Work {
        if (count < 0 || done < 0 || hidden < 0 || done > count) {
            throw new IllegalArgumentException("work needs 0 <= done <= count and hidden >= 0, was " + done + " of "
                    + count + ", " + hidden + " hidden");
        }
    }

    /** The share of the work seen that is done, 0.0 to 1.0; 0 without work. */
    public double doneShare() {
        return count == 0 ? 0.0 : (double) done / count;
    }
}
