package com.okradvisor.view;

import java.util.List;

/**
 * One objective on the project page: its card (progress against expected, health, key results,
 * findings), its findings counted per severity, and the objectives it is aligned to and that are
 * aligned to it. An objective's kind (committed, aspirational) will join it here once the model has it.
 */
public final class ProjectObjective {

    private final ObjectiveView objective;
    private final List<SeverityCount> severityCounts;
    private final List<AlignedObjective> parents;
    private final List<AlignedObjective> children;

    ProjectObjective(ObjectiveView objective, List<SeverityCount> severityCounts, List<AlignedObjective> parents,
            List<AlignedObjective> children) {
        this.objective = objective;
        this.severityCounts = List.copyOf(severityCounts);
        this.parents = List.copyOf(parents);
        this.children = List.copyOf(children);
    }

    public ObjectiveView getObjective() {
        return objective;
    }

    /** One count per severity, most severe first, zeros included. */
    public List<SeverityCount> getSeverityCounts() {
        return severityCounts;
    }

    public List<AlignedObjective> getParents() {
        return parents;
    }

    public List<AlignedObjective> getChildren() {
        return children;
    }
}
