package com.okradvisor.jira;

import com.okradvisor.model.KeyResult;
import com.okradvisor.model.Kpi;
import com.okradvisor.model.Objective;
import com.okradvisor.model.Portfolio;
import com.okradvisor.report.LeftOut;
import java.util.List;
import java.util.Optional;

/**
 * One objective as the current user may see it.
 *
 * @param objective the objective with the key results read, all of which the user may browse
 * @param kpis the KPIs read that are linked to it and the user may browse
 * @param leftOut what was counted but not read: key results the user may not browse (never named),
 *        and key results and KPIs beyond the most one view reads
 * @param problems the entity properties that were skipped because they could not be read
 */
public record ObjectiveSnapshot(Objective objective, List<Kpi> kpis, LeftOut leftOut, List<PropertyProblem> problems) {

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
