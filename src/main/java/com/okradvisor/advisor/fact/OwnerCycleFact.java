package com.okradvisor.advisor.fact;

/**
 * The active key results one person owns in one cycle, whatever objective they belong to.
 *
 * @param owner the assignee's display name
 * @param cycle the cycle's label
 * @param activeKeyResultCount how many they own
 * @param newestKeyResultKey the most recently created of them
 */
public record OwnerCycleFact(String owner, String cycle, int activeKeyResultCount, String newestKeyResultKey) {
}
