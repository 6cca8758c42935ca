package com.okradvisor.advisor.fact;

/**
 * Two active key results of one objective whose summaries are alike: their similarity reaches the
 * {@code duplicateSimilarity} threshold in force. Less similar pairs are not facts (see {@code FactBuilder}).
 *
 * @param objectiveKey their objective
 * @param firstKey the lower of the two keys
 * @param secondKey the higher of the two keys
 * @param similarity word-set similarity of their summaries, 0.0 to 1.0
 */
public record KeyResultPairFact(String objectiveKey, String firstKey, String secondKey, double similarity) {
}
