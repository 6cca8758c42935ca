package com.okradvisor.advisor.fact;

/**
 * The thresholds in force for one evaluation, each declared here once with its default, bounds and
 * description ({@link Threshold}). Rules read them from the global {@code thresholds}: a constraint
 * such as {@code daysSinceLastCheckIn > thresholds.staleAfterDays} is tested on each fact alone, where
 * a {@code Thresholds} pattern made a join that kept a tuple for every matching fact. The same
 * instance is also inserted as a fact, for custom rules that join on it.
 */
public record Thresholds(
        @Threshold(defaultValue = 5, min = 1, max = 50,
                description = "Most key results an objective should have.")
        int maxKeyResults,
        @Threshold(defaultValue = 5, min = 1, max = 100,
                description = "Most active objectives one project should have in one cycle.")
        int maxObjectivesPerCycle,
        @Threshold(defaultValue = 15, min = 1, max = 200,
                description = "Most words an objective's title should have.")
        int maxObjectiveWords,
        @Threshold(defaultValue = 14, min = 1, max = 365,
                description = "Days after which a key result's check-in is stale, or a key result never checked in is overdue.")
        int staleAfterDays,
        @Threshold(defaultValue = 3, min = 0, max = 10,
                description = "Confidence (0-10) at or below which a check-in is a warning.")
        int lowConfidence,
        @Threshold(defaultValue = 7, min = 0, max = 10,
                description = "Confidence (0-10) at or above which a flat, behind key result contradicts its data.")
        int highConfidence,
        @Threshold(defaultValue = 30, min = 1, max = 730,
                description = "Days after which a KPI reading is stale.")
        int kpiStaleAfterDays,
        @Threshold(defaultValue = 0.75, min = 0, max = 1,
                description = "Share of the cycle gone after which an objective with no progress is critical.")
        double lateShare,
        @Threshold(defaultValue = 0.5, min = 0, max = 1,
                description = "Share of the cycle before which reaching every key result suggests targets were not ambitious.")
        double earlyShare,
        @Threshold(defaultValue = 0.6, min = 0, max = 1,
                description = "Projected end-of-cycle progress below which a key result's trend is a warning.")
        double forecastFloor,
        @Threshold(defaultValue = 28, min = 1, max = 365,
                description = "Days a key result's value may stay unchanged before high confidence, or work done, contradicts it.")
        int flatDays,
        @Threshold(defaultValue = 0.5, min = 0, max = 1,
                description = "Share of the objective's cycle after which adding a key result is moving the goalposts.")
        double lateAddShare,
        @Threshold(defaultValue = 0.8, min = 0.5, max = 1,
                description = "Word-set similarity (0.5-1) at or above which two key results say the same thing; "
                        + "below 0.5, key results with fewer words in common than apart would count as duplicates.")
        double duplicateSimilarity,
        @Threshold(defaultValue = 4, min = 1, max = 100,
                description = "Most active key results one person should own in one cycle.")
        int maxKeyResultsPerOwner,
        @Threshold(defaultValue = 3, min = 1, max = 10,
                description = "Points (0-10 scale) by which confidence falling from one check-in to the next is a warning.")
        int confidenceDrop,
        @Threshold(defaultValue = 7, min = 0, max = 10,
                description = "Confidence (0-10) below which a key result of a committed objective puts it at risk.")
        int committedConfidence,
        @Threshold(defaultValue = 0.8, min = 0, max = 1,
                description = "Share (0-1) of a key result's work (sub-tasks and linked issues) done at or above which an unmoved value is output without outcome.")
        double workDoneShare) {
}
