package com.okradvisor.advisor;

import com.okradvisor.advisor.fact.AlikeKeyResultsFact;
import com.okradvisor.model.IssueKeys;
import com.okradvisor.model.KeyResult;
import com.okradvisor.text.Wording;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the groups of an objective's key results whose summaries are alike: two key results are alike
 * when the Jaccard similarity of their content words ({@link Wording#similarity}) reaches the threshold,
 * and a group is every key result joined to another by such a pair (union-find), reported once.
 * Comparing every pair made 10,000 key results cost seconds and 3,000 identical summaries 4.5 million
 * facts; this stays near linear in the number of key results and bounded in the worst case:
 * <ol>
 *   <li>Key results with the same word set are one wording (a hash bucket, similarity 1.0): 3,000
 *       identical summaries are one wording and no comparison.</li>
 *   <li>Each wording's words are ordered rarest first (how many wordings of the objective use them),
 *       and only wordings that share a word of their prefixes are compared: two sets alike at least
 *       {@code t} share at least {@code t} times the size of either, so the first
 *       {@code size - ceil(t * size) + 1} words of each hold a common one (prefix filtering). With
 *       realistic summaries the prefixes are one to three rare words, which few other wordings hold.</li>
 *   <li>A prefix word is compared with at most the {@value #COMPARED_PER_WORD} wordings that used it
 *       last, so a wording costs at most {@value #COMPARED_PER_WORD} comparisons per word of its
 *       summary whatever the text: at most {@code 32 × words} per key result. A pair beyond that is
 *       missed only when none of the 32 links it to a group either, which alike wordings sharing a
 *       word would.</li>
 * </ol>
 */
final class AlikeKeyResults {

    /** The most wordings, the latest, one word of a wording's prefix is compared with. */
    static final int COMPARED_PER_WORD = 32;
    /** Room for the rounding of {@code t * size}, so that a prefix is never a word too short. */
    private static final double ROUNDING = 1e-9;

    private final double threshold;
    private final List<Set<String>> wordings;
    private final List<List<String>> keysOf;
    private final int[] parent;
    private final double[] least;

    private AlikeKeyResults(double threshold, Map<Set<String>, List<String>> byWording) {
        this.threshold = threshold;
        this.wordings = List.copyOf(byWording.keySet());
        this.keysOf = List.copyOf(byWording.values());
        this.parent = new int[wordings.size()];
        this.least = new double[wordings.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        Arrays.fill(least, 1.0);
    }

    /**
     * The groups of alike key results among {@code keyResults} of the objective {@code objectiveKey}, by
     * their lowest key; key results whose summaries hold no content word are alike to none.
     *
     * @param threshold the least similarity of an alike pair, above 0 ({@code duplicateSimilarity})
     */
    static List<AlikeKeyResultsFact> find(String objectiveKey, List<KeyResult> keyResults, double threshold) {
        if (keyResults.size() < 2) {
            return List.of();
        }
        Map<Set<String>, List<String>> byWording = new LinkedHashMap<>();
        for (KeyResult keyResult : keyResults) {
            Set<String> words = Wording.contentWords(keyResult.issue().summary());
            if (!words.isEmpty()) {
                byWording.computeIfAbsent(words, wording -> new ArrayList<>()).add(keyResult.key());
            }
        }
        AlikeKeyResults groups = new AlikeKeyResults(threshold, byWording);
        groups.joinAlikeWordings();
        return groups.facts(objectiveKey);
    }

    private void joinAlikeWordings() {
        Map<String, Integer> frequency = new HashMap<>();
        wordings.forEach(words -> words.forEach(word -> frequency.merge(word, 1, Integer::sum)));
        Comparator<String> rarestFirst = Comparator.comparing((String word) -> frequency.get(word)).thenComparing(Comparator.naturalOrder());
        Map<String, List<Integer>> usedBy = new HashMap<>();
        int[] comparedWith = new int[wordings.size()];
        Arrays.fill(comparedWith, -1);
        for (int i = 0; i < wordings.size(); i++) {
            List<String> words = wordings.get(i).stream().sorted(rarestFirst).toList();
            int prefix = Math.min(words.size(), words.size() - (int) Math.ceil(threshold * words.size() - ROUNDING) + 1);
            for (String word : words.subList(0, prefix)) {
                List<Integer> earlier = usedBy.computeIfAbsent(word, w -> new ArrayList<>());
                for (int k = Math.max(0, earlier.size() - COMPARED_PER_WORD); k < earlier.size(); k++) {
                    int j = earlier.get(k);
                    if (comparedWith[j] != i) {
                        comparedWith[j] = i;
                        double similarity = Wording.similarity(wordings.get(i), wordings.get(j));
                        if (similarity >= threshold) {
                            join(i, j, similarity);
                        }
                    }
                }
                earlier.add(i);
            }
        }
    }

    private int root(int wording) {
        int root = wording;
        while (parent[root] != root) {
            root = parent[root];
        }
        for (int next = wording; parent[next] != root; ) {
            int up = parent[next];
            parent[next] = root;
            next = up;
        }
        return root;
    }

    private void join(int first, int second, double similarity) {
        int a = root(first);
        int b = root(second);
        if (a == b) {
            return;
        }
        double joined = Math.min(similarity, Math.min(least[a], least[b]));
        parent[b] = a;
        least[a] = joined;
    }

    private List<AlikeKeyResultsFact> facts(String objectiveKey) {
        Map<Integer, List<String>> members = new HashMap<>();
        for (int i = 0; i < wordings.size(); i++) {
            members.computeIfAbsent(root(i), root -> new ArrayList<>()).addAll(keysOf.get(i));
        }
        List<AlikeKeyResultsFact> facts = new ArrayList<>();
        members.forEach((root, keys) -> {
            if (keys.size() > 1) {
                keys.sort(IssueKeys.ORDER);
                facts.add(new AlikeKeyResultsFact(objectiveKey, keys, least[root]));
            }
        });
        facts.sort(Comparator.comparing(AlikeKeyResultsFact::first, IssueKeys.ORDER));
        return facts;
    }
}
