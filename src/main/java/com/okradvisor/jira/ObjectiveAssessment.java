package com.okradvisor.jira;

import com.okradvisor.model.Finding;
import com.okradvisor.progress.KeyResultStanding;
import com.okradvisor.progress.ObjectiveProgress;
import java.util.List;
import java.util.Optional;

/**
 * One objective as the user may see it, judged once.
 *
 * @param snapshot what was read: the objective, its KPIs, what was left out, what could not be read
 * @param standing its progress, expected progress, health and key results' standings, as the rules judged them
 * @param findings what a judgement of the whole portfolio reports for the objective, its key results and its KPIs
 */
public record ObjectiveAssessment(ObjectiveSnapshot snapshot, ObjectiveProgress standing, List<Finding> findings) {

    public ObjectiveAssessment {
        findings = List.copyOf(findings);
    }

    /** The standing of the key result {@code key}, when the user may browse it. */
    public Optional<KeyResultStanding> keyResult(String key) {
        return standing.keyResults().stream().filter(keyResult -> keyResult.key().equals(key)).findFirst();
    }
}
