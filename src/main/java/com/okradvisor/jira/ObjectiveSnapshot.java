package com.okradvisor.jira;

import com.okradvisor.model.KeyResult;
import com.okradvisor.model.Kpi;
import com.okradvisor.model.Objective;
import com.okradvisor.model.Portfolio;
import java.util.List;
import java.util.Optional;

/**
 * One objective as the current user may see it.
 *
 * @param objective the objective with the key results the user may browse
 * @param kpis the KPIs linked to it that the user may browse
 * @param hiddenKeyResults how many of its key results the user may not browse: counted, never named
 * @param problems the entity properties that were skipped because they could not be read
 */
public record ObjectiveSnapshot(Objective objective, List<Kpi> kpis, int hiddenKeyResults, List<PropertyProblem> problems) {

    public ObjectiveSnapshot {
        kpis = List.copyOf(kpis);
        problems = List.copyOf(problems);
    }

    /** The key result {@code key} of this objective, when the user may browse it. */
    public Optional<KeyResult> keyResult(String key) {
        return objective.keyResults().stream().filter(candidate -> candidate.key().equals(key)).findFirst();
    }

    /** The portfolio the advisor judges: this objective and its KPIs. */
    public Portfolio portfolio() {
        return new Portfolio(List.of(objective), kpis);
    }
}
