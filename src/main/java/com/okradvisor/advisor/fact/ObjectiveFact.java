package com.okradvisor.advisor.fact;

import com.okradvisor.model.ObjectiveKind;
import java.time.LocalDate;

/**
 * An objective as the rules see it: everything a rule needs already worked out.
 *
 * @param key issue key
 * @param title summary
 * @param projectKey project
 * @param active not done and its cycle not over
 * @param done its status category is done
 * @param hasOwner it has an assignee
 * @param wordCount words in the title
 * @param titleHasNumber the title carries a number or percentage
 * @param cycle the cycle's label
 * @param cycleEnd the cycle's last day
 * @param cycleOver the as-of date is after the cycle's last day
 * @param keyResultCount its key results, those beyond what a view of one objective reads included
 * @param keyResultKeys its key results' keys in the objective's order, comma-separated
 * @param linkedKpiCount the KPIs linked to it
 * @param progress 0.0 to 1.0
 * @param expected share of the cycle gone, 0.0 to 1.0
 * @param health {@code done}, {@code not-started}, {@code on-track}, {@code at-risk} or {@code off-track}
 * @param atRiskOrOffTrack its health is at risk or off track: progress more than {@code Health.AT_RISK_GAP} below expected
 * @param allKeyResultsComplete it has key results and every one reached 100 %
 * @param completionShare share of the cycle gone when the last key result reached 100 % (when all did)
 * @param completionDate the day the last key result reached 100 % (when all did)
 * @param kind {@code committed}, {@code aspirational} or {@code unknown}, from its labels
 * @param topLevel it carries the top-level label
 * @param parentCount the objectives it is aligned to
 * @param activityVerb the activity verb its title starts with, empty when none
 * @param hasKeyResultConfidence the latest check-in of one of its key results not done gives a confidence
 * @param lowestConfidence the lowest such confidence, 0 to 10 (0 when none gives one)
 * @param lowestConfidenceKeyResult the key result with that confidence (the first in the objective's order)
 */
public record ObjectiveFact(
        String key,
        String title,
        String projectKey,
        boolean active,
        boolean done,
        boolean hasOwner,
        int wordCount,
        boolean titleHasNumber,
        String cycle,
        LocalDate cycleEnd,
        boolean cycleOver,
        int keyResultCount,
        String keyResultKeys,
        int linkedKpiCount,
        double progress,
        double expected,
        String health,
        boolean atRiskOrOffTrack,
        boolean allKeyResultsComplete,
        double completionShare,
        LocalDate completionDate,
        String kind,
        boolean topLevel,
        int parentCount,
        String activityVerb,
        boolean hasKeyResultConfidence,
        int lowestConfidence,
        String lowestConfidenceKeyResult) {

    public boolean committed() {
        return ObjectiveKind.COMMITTED.key().equals(kind);
    }

    public boolean startsWithActivity() {
        return !activityVerb.isEmpty();
    }
}
