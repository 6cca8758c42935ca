package com.okradvisor.advisor.fact;

/**
 * The thresholds in force for one evaluation (see {@code Parameter}). Rules read them from the global
 * {@code thresholds}: a constraint such as {@code daysSinceLastCheckIn > thresholds.staleAfterDays} is
 * tested on each fact alone, where a {@code Thresholds} pattern made a join that kept a tuple for every
 * matching fact. The same instance is also inserted as a fact, for custom rules that join on it.
 */
public record Thresholds(
        int maxKeyResults,
        int maxObjectivesPerCycle,
        int maxObjectiveWords,
        int staleAfterDays,
        int lowConfidence,
        int highConfidence,
        int kpiStaleAfterDays,
        double lateShare,
        double earlyShare,
        double forecastFloor,
        int flatDays,
        double lateAddShare,
        double duplicateSimilarity) {
}
