package com.okradvisor.advisor;

import com.okradvisor.model.Finding;
import com.okradvisor.model.Objective;
import com.okradvisor.progress.ObjectiveProgress;
import java.util.List;
import java.util.Map;

/**
 * One judgement of a portfolio: the rules' findings and the standing of every objective they were
 * judged on, computed once, for the views to show as they are.
 *
 * @param findings the findings, sorted by severity, then issue key, then rule key
 * @param standings each objective's progress, expected progress, health and key results' standings, by key
 * @param incidents the custom rules taken out of this judgement because they threw or overran, whose
 *        findings are left out; empty when every rule in force ran
 */
public record Assessment(List<Finding> findings, Map<String, ObjectiveProgress> standings, List<RuleIncident> incidents) {

    public Assessment {
        findings = List.copyOf(findings);
        standings = Map.copyOf(standings);
        incidents = List.copyOf(incidents);
    }

    /** The standing of {@code objective}, which must be one of the portfolio judged. */
    public ObjectiveProgress standing(Objective objective) {
        ObjectiveProgress standing = standings.get(objective.key());
        if (standing == null) {
            throw new IllegalArgumentException(objective.key() + " was not judged in this assessment");
        }
        return standing;
    }
}
