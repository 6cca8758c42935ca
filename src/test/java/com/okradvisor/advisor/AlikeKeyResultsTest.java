package com.okradvisor.advisor;

import static com.okradvisor.testing.Okr.keyResult;
import static org.assertj.core.api.Assertions.assertThat;

import com.okradvisor.advisor.fact.AlikeKeyResultsFact;
import com.okradvisor.model.IssueKeys;
import com.okradvisor.model.KeyResult;
import com.okradvisor.text.Wording;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The groups of alike key results: one per group, whatever its size, found without comparing every
 * pair. The large cases have no timed assertion; they must simply finish, as the whole class does in
 * well under a second.
 */
class AlikeKeyResultsTest {

    private static final double THRESHOLD = 0.8;

    private static List<AlikeKeyResultsFact> groupsOf(String... summaries) {
        return AlikeKeyResults.find("GRO-1", keyResults(summaries.length, i -> summaries[i]), THRESHOLD);
    }

    /** Key results GRO-1 … GRO-{@code count}, the i-th (from 0) reading {@code summary.apply(i)}. */
    private static List<KeyResult> keyResults(int count, IntFunction<String> summary) {
        return IntStream.range(0, count).mapToObj(i -> keyResult("GRO-" + (i + 1)).summary(summary.apply(i)).build()).toList();
    }

    @Test
    void makesThreeThousandIdenticalSummariesOneGroupOfAll() {
        List<AlikeKeyResultsFact> groups = AlikeKeyResults.find("GRO-1",
                keyResults(3_000, i -> "Raise week-1 activation from 30% to 45%"), THRESHOLD);

        assertThat(groups).singleElement().satisfies(group -> {
            assertThat(group.keys()).hasSize(3_000).startsWith("GRO-1", "GRO-2", "GRO-3").endsWith("GRO-3000");
            assertThat(group.similarity()).isEqualTo(1.0);
            assertThat(group.members()).endsWith("GRO-10 and 2990 more");
        });
    }

    @Test
    void makesThreeAlikeKeyResultsOneGroupNamingAllThreeWithTheLeastSimilarityThatJoinedThem() {
        assertThat(groupsOf("Raise week-1 activation from 30% to 45%", "Cut churn to 2%",
                "Raise week-1 activation from 30% to 45% for new teams", "raise the week-1 activation from 30% to 45%"))
                .singleElement().satisfies(group -> {
                    assertThat(group.keys()).containsExactly("GRO-1", "GRO-3", "GRO-4");
                    assertThat(group.similarity()).isEqualTo(5.0 / 6);
                    assertThat(group.members()).isEqualTo("GRO-1, GRO-3 and GRO-4");
                });
    }

    @Test
    void keepsNearMissesApartAndKeyResultsWithoutContentWordsOutOfEveryGroup() {
        assertThat(groupsOf("Raise week-1 activation from 30% to 45%",
                "Raise week-1 activation from 30% to 45% for trial teams", "The", "the")).isEmpty();
    }

    @Test
    void joinsAChainOfAlikePairsIntoOneGroupAndKeepsTwoSeparateGroupsApart() {
        List<AlikeKeyResultsFact> groups = groupsOf(
                "alpha beta gamma delta epsilon zeta eta theta iota kappa",
                "Cut churn to 2% by June",
                "alpha beta gamma delta epsilon zeta eta theta iota lambda",
                "alpha beta gamma delta epsilon zeta eta theta mu lambda",
                "cut churn to 2% by june");

        assertThat(groups).extracting(AlikeKeyResultsFact::keys)
                .containsExactly(List.of("GRO-1", "GRO-3", "GRO-4"), List.of("GRO-2", "GRO-5"));
        assertThat(groups.get(0).similarity()).isEqualTo(9.0 / 11);
    }

    @Test
    void findsTheSameGroupsAsComparingEveryPairOnVariedText() {
        Random random = new Random(7);
        List<String> summaries = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            boolean nearCopy = i > 0 && random.nextInt(4) == 0;
            String base = nearCopy ? summaries.get(random.nextInt(i)) : IntStream.range(0, 5)
                    .mapToObj(word -> "w" + random.nextInt(200)).collect(Collectors.joining(" "));
            summaries.add(nearCopy ? base.replaceFirst("w\\d+$", "w" + random.nextInt(200)) : base);
        }
        List<KeyResult> keyResults = keyResults(summaries.size(), summaries::get);

        assertThat(AlikeKeyResults.find("GRO-1", keyResults, 0.6)).extracting(AlikeKeyResultsFact::keys)
                .isEqualTo(everyPairCompared(keyResults, 0.6)).hasSizeGreaterThan(20);
    }

    @Test
    void comparesAtMostABoundedNumberOfWordingsWhenThousandsShareTheirCommonWords() {
        List<AlikeKeyResultsFact> groups = AlikeKeyResults.find("GRO-1",
                keyResults(5_000, i -> "Cut onboarding time in step " + i), THRESHOLD);

        assertThat(groups).isEmpty();
    }

    /** What the groups are by definition, the slow way: every pair compared, alike ones joined; their keys. */
    private static List<List<String>> everyPairCompared(List<KeyResult> keyResults, double threshold) {
        int[] group = IntStream.range(0, keyResults.size()).toArray();
        for (int i = 0; i < keyResults.size(); i++) {
            for (int j = i + 1; j < keyResults.size(); j++) {
                double similarity = Wording.similarity(Wording.contentWords(keyResults.get(i).issue().summary()),
                        Wording.contentWords(keyResults.get(j).issue().summary()));
                if (similarity >= threshold) {
                    int from = group[j];
                    int to = group[i];
                    for (int k = 0; k < group.length; k++) {
                        group[k] = group[k] == from ? to : group[k];
                    }
                }
            }
        }
        return IntStream.range(0, keyResults.size()).boxed()
                .collect(Collectors.groupingBy(i -> group[i], TreeMap::new, Collectors.toList()))
                .values().stream().filter(members -> members.size() > 1)
                .map(members -> members.stream().map(i -> keyResults.get(i).key()).sorted(IssueKeys.ORDER).toList())
                .sorted(Comparator.comparing(keys -> keys.get(0), IssueKeys.ORDER))
                .toList();
    }
}
