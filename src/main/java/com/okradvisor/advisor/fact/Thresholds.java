package com.okradvisor.advisor.fact;

/** The thresholds in force for one evaluation; one instance is inserted as a fact. See {@code Parameter}. */
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
