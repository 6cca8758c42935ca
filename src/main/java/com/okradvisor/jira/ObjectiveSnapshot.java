package com.okradvisor.jira;

import com.okradvisor.intake.IntakeProblem;
import com.okradvisor.jira.view.LeftOut;
import com.okradvisor.model.Finding;
import com.okradvisor.model.Kpi;
import com.okradvisor.model.Objective;
import com.okradvisor.model.Portfolio;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One objective as the current user may see it, and the part of the portfolio its judgement needs.
 *
 * @param objective the objective with the key results read, all of which the user may browse
 * @param portfolio what the advisor judges: the objective, its KPIs, and the objectives read only to
 *     judge it as the whole portfolio would (its KPIs' other objectives, its ancestors, its project's)
 * @param leftOut what was counted but not read: key results the user may not browse (never named),
 *     and key results and KPIs beyond the most one view reads
 * @param problems what could not be read as it came (an entity property of the wrong shape), skipped
 */
public record ObjectiveSnapshot(Objective objective, Portfolio portfolio, LeftOut leftOut, List<IntakeProblem> problems) {

    public ObjectiveSnapshot {
        problems = List.copyOf(problems);
    }

    /** The KPIs linked to the objective that the user may browse. */
    public List<Kpi> kpis() {
        return portfolio.kpis().stream().filter(kpi -> kpi.objectiveKeys().contains(objective.key())).toList();
    }

    /**
     * What a judgement of {@link #portfolio()} says about the objective's own issues (itself, its key
     * results, its KPIs): exactly what a judgement of the whole portfolio says about them.
     */
    public List<Finding> about(List<Finding> findings) {
        Set<String> own = new HashSet<>();
        own.add(objective.key());
        objective.keyResults().forEach(keyResult -> own.add(keyResult.key()));
        kpis().forEach(kpi -> own.add(kpi.key()));
        return findings.stream().filter(finding -> own.contains(finding.issueKey())).toList();
    }
}
