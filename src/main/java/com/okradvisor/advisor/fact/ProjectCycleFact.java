package com.okradvisor.advisor.fact;

/**
 * The active objectives of one project in one cycle.
 *
 * @param projectKey the project
 * @param cycle the cycle's label
 * @param activeObjectiveCount how many there are
 * @param newestObjectiveKey the most recently created of them
 */
public record ProjectCycleFact(String projectKey, String cycle, int activeObjectiveCount, String newestObjectiveKey) {
}
