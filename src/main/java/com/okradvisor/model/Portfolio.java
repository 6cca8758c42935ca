package com.okradvisor.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Everything the advisor judges at once: objectives with their key results, and KPIs. */
public final class Portfolio {

    private final List<Objective> objectives;
    private final List<Kpi> kpis;
    private final Map<String, Objective> objectivesByKey;

    public Portfolio(List<Objective> objectives, List<Kpi> kpis) {
        this.objectives = List.copyOf(objectives);
        this.kpis = List.copyOf(kpis);
        this.objectivesByKey = this.objectives.stream()
                .collect(Collectors.toUnmodifiableMap(Objective::key, Function.identity(), (first, second) -> {
                    throw new IllegalArgumentException("objective " + first.key() + " appears twice");
                }));
    }

    public List<Objective> objectives() {
        return objectives;
    }

    public List<Kpi> kpis() {
        return kpis;
    }

    public Optional<Objective> objective(String key) {
        return Optional.ofNullable(objectivesByKey.get(key));
    }

    /** The same portfolio with {@code replaced} in place of the objective of its key. */
    public Portfolio with(Objective replaced) {
        return new Portfolio(objectives.stream().map(objective -> objective.key().equals(replaced.key()) ? replaced : objective).toList(),
                kpis);
    }
}
