package com.okradvisor.advisor.fact;

import java.time.LocalDate;

/**
 * A key result as the rules see it. Numbers that do not apply hold 0 and their {@code has…} flag is false.
 *
 * @param key issue key
 * @param objectiveKey its objective
 * @param summary its summary
 * @param active not done and its objective active
 * @param hasOwner it has an assignee
 * @param hasMetricProperty it has an {@code okr.metric} property
 * @param measurable its summary holds a number, percentage, amount or target expression
 * @param hasTarget a target is known, from the property or the summary (range, target or bound)
 * @param activityVerb the activity verb its summary starts with, empty when none
 * @param vagueWords the vague words its summary uses, comma-separated, empty when none
 * @param targetEqualsBaseline baseline and target are known and equal
 * @param baseline the baseline, when {@code targetEqualsBaseline}
 * @param target the target, when known
 * @param unit the metric's unit, may be empty
 * @param created the day it was created
 * @param ageDays days from creation to the as-of date
 * @param createdShare share of its objective's cycle gone when it was created
 * @param cycle its objective's cycle label
 * @param cycleEnd its objective's cycle's last day
 * @param due its due date, when set
 * @param dueAfterCycle its due date falls after its objective's cycle ends
 * @param checkInCount check-ins up to the as-of date
 * @param lastCheckIn the day of the latest check-in, when there is one
 * @param daysSinceLastCheckIn days from the latest check-in to the as-of date
 * @param hasConfidence the latest check-in gives a confidence
 * @param latestConfidence that confidence, 0 to 10
 * @param progress 0.0 to 1.0
 * @param expected its objective's expected progress
 * @param hasForecast at least 3 check-ins with values and a known target
 * @param forecast projected progress at the cycle's end from the least-squares trend
 * @param valueCheckInCount check-ins that carry a value
 * @param daysValueUnchanged days across which the value has not moved (0 with fewer than two equal values);
 *        the {@code flatDays} threshold is how many of them high confidence may outlast
 * @param latestValue the newest check-in value, when {@code valueCheckInCount > 0}
 * @param missingBaseline a target is known but no baseline, and the summary gives no relative change ("by 10%", "double")
 * @param binary its metric goes from 0 to 1, or from 0% to 100%: a yes/no in disguise
 * @param levelKeeping the words that say it only keeps a level ("keep", "hold … at"), empty when none
 * @param hasPreviousConfidence the latest check-in and the one before it both give a confidence
 * @param previousConfidence the confidence of the check-in before the latest, when {@code hasPreviousConfidence}
 * @param previousCheckIn the day of the check-in before the latest, when there is one
 * @param confidenceFall how many points the latest confidence is below the one before it (0 when not below or unknown)
 * @param workCount its sub-tasks and linked issues the reader sees (its work)
 * @param workDoneCount those of them done
 * @param shareOfWorkDone {@code workDoneCount / workCount}, 0 without work
 * @param daysSinceValueMoved days from the first check-in carrying the latest value (when the value last
 *        moved) to the as-of date; from its creation when no check-in carries a value
 */
public record KeyResultFact(
        String key,
        String objectiveKey,
        String summary,
        boolean active,
        boolean hasOwner,
        boolean hasMetricProperty,
        boolean measurable,
        boolean hasTarget,
        String activityVerb,
        String vagueWords,
        boolean targetEqualsBaseline,
        double baseline,
        double target,
        String unit,
        LocalDate created,
        long ageDays,
        double createdShare,
        String cycle,
        LocalDate cycleEnd,
        LocalDate due,
        boolean dueAfterCycle,
        int checkInCount,
        LocalDate lastCheckIn,
        long daysSinceLastCheckIn,
        boolean hasConfidence,
        int latestConfidence,
        double progress,
        double expected,
        boolean hasForecast,
        double forecast,
        int valueCheckInCount,
        long daysValueUnchanged,
        double latestValue,
        boolean missingBaseline,
        boolean binary,
        String levelKeeping,
        boolean hasPreviousConfidence,
        int previousConfidence,
        LocalDate previousCheckIn,
        int confidenceFall,
        int workCount,
        int workDoneCount,
        double shareOfWorkDone,
        long daysSinceValueMoved) {

    public boolean startsWithActivity() {
        return !activityVerb.isEmpty();
    }

    /** It has no number at all: no {@code okr.metric} property and none in its summary. */
    public boolean unmeasurable() {
        return !hasMetricProperty && !measurable;
    }

    public boolean keepsLevel() {
        return !levelKeeping.isEmpty();
    }

    public boolean hasVagueWords() {
        return !vagueWords.isEmpty();
    }

    /** Its progress is below its objective's expected progress: any shortfall, unlike an objective's {@code atRiskOrOffTrack}. */
    public boolean belowExpected() {
        return progress < expected;
    }
}
