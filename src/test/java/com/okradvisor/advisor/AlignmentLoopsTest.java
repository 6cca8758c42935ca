package com.okradvisor.advisor;

import static com.okradvisor.testing.Okr.objective;
import static org.assertj.core.api.Assertions.assertThat;

import com.okradvisor.advisor.fact.AlignmentLoopFact;
import com.okradvisor.testing.Okr;
import com.okradvisor.testing.Okr.ObjectiveBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class AlignmentLoopsTest {

    private static List<List<String>> loopsOf(ObjectiveBuilder... objectives) {
        return AlignmentLoops.find(Okr.portfolio(objectives)).stream().map(AlignmentLoopFact::keys).toList();
    }

    private static List<String> keys(String prefix, int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> prefix + i).toList();
    }

    @Test
    void findsATwoObjectiveLoopOnce() {
        assertThat(loopsOf(objective("CO-2").alignedTo("CO-1"), objective("CO-1").alignedTo("CO-2")))
                .containsExactly(List.of("CO-1", "CO-2"));
    }

    @Test
    void findsAnObjectiveAlignedToItselfOnce() {
        assertThat(loopsOf(objective("CO-1").alignedTo("CO-1", "CO-1"))).containsExactly(List.of("CO-1"));
    }

    @Test
    void reportsATangleOfLoopsOnceWithItsMembersByIssueKey() {
        assertThat(loopsOf(
                objective("A-10").alignedTo("A-2"),
                objective("A-2").alignedTo("A-10", "A-3"),
                objective("A-3").alignedTo("A-10", "A-3")))
                .containsExactly(List.of("A-2", "A-3", "A-10"));
    }

    @Test
    void reportsSeparateLoopsSeparatelyByTheirLowestKey() {
        assertThat(loopsOf(
                objective("B-2").alignedTo("B-1"),
                objective("B-1").alignedTo("B-2", "A-1"),
                objective("A-1").alignedTo("A-1"),
                objective("A-2").alignedTo("B-1")))
                .containsExactly(List.of("A-1"), List.of("B-1", "B-2"));
    }

    @Test
    @Timeout(5)
    void reportsFiftyObjectivesAllAlignedToEachOtherAsOneLoop() {
        List<String> keys = keys("K-", 50);
        ObjectiveBuilder[] complete = keys.stream()
                .map(key -> objective(key).alignedTo(keys.stream().filter(other -> !other.equals(key)).toArray(String[]::new)))
                .toArray(ObjectiveBuilder[]::new);

        assertThat(loopsOf(complete)).containsExactly(keys);
    }

    @Test
    void findsNothingInATreeOrThroughObjectivesOutsideThePortfolio() {
        assertThat(loopsOf(
                objective("T-2").alignedTo("T-1"),
                objective("T-3").alignedTo("T-1", "CO-9"),
                objective("T-1").alignedTo("CO-9"))).isEmpty();
    }

    @Test
    void walksAVeryLongChainWithoutOverflowingTheStack() {
        List<ObjectiveBuilder> chain = new ArrayList<>();
        for (int i = 1; i <= 50_000; i++) {
            chain.add(objective("C-" + i).alignedTo("C-" + (i + 1)));
        }
        chain.add(objective("C-50001").alignedTo("C-1"));

        assertThat(loopsOf(chain.toArray(ObjectiveBuilder[]::new))).containsExactly(keys("C-", 50_001));
    }
}
