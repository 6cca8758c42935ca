package com.okradvisor.view;

import java.util.List;

/**
 * One objective on the project page: its card (progress against expected, health, kind, key results,
 * findings), its findings counted per severity, and the objectives it is aligned to and that are
 * aligned to it: those the viewer may browse named, the others only counted.
 */
public final class ProjectObjective {

    private final ObjectiveView objective;
    private final List<SeverityCount> severityCounts;
    private final List<AlignedObjective> parents;
    private final List<AlignedObjective> children;
    private final HiddenAlignment.Count hidden;

    ProjectObjective(ObjectiveView objective, List<SeverityCount> severityCounts, List<AlignedObjective> parents,
            List<AlignedObjective> children, HiddenAlignment.Count hidden) {
        this.objective = objective;
        this.severityCounts = List.copyOf(severityCounts);
        this.parents = List.copyOf(parents);
        this.children = List.copyOf(children);
        this.hidden = hidden;
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

    /** Its parents the viewer may not browse: counted, never named. */
    public int getHiddenParents() {
        return hidden.parents();
    }

    /** Its children the viewer may not browse: counted, never named. */
    public int getHiddenChildren() {
        return hidden.children();
    }
}
