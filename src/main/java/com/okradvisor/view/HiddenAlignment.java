package com.okradvisor.view;

import java.util.List;
import java.util.Map;

/**
 * How many of each objective's parents and children are objectives the viewer may not browse: the
 * project page counts them beside the alignment it names, and never names them. Only the Jira adapter
 * can tell (it checks each linked issue's permission).
 */
@FunctionalInterface
public interface HiddenAlignment {

    /** The hidden parents and children of each of {@code objectiveKeys}; a key left out has none. */
    Map<String, Count> of(List<String> objectiveKeys);

    /** An objective's hidden parents and children. */
    record Count(int parents, int children) {
        public static final Count NONE = new Count(0, 0);
    }
}
