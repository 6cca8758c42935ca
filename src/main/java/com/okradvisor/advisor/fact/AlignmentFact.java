package com.okradvisor.advisor.fact;

/**
 * One objective aligned to a parent objective that is in the portfolio.
 *
 * @param childKey the aligned objective
 * @param childActive the aligned objective is active
 * @param parentKey the parent objective
 * @param parentDone the parent is done
 * @param parentInEarlierCycle the parent's cycle ended before the child's began
 * @param parentCycle the parent's cycle label
 */
public record AlignmentFact(
        String childKey, boolean childActive, String parentKey, boolean parentDone, boolean parentInEarlierCycle,
        String parentCycle) {
}
