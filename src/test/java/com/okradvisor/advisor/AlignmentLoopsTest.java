package com.okradvisor.advisor;

import static com.okradvisor.testing.Okr.objective;
import static org.assertj.core.api.Assertions.assertThat;

import com.okradvisor.advisor.fact.AlignmentLoopFact;
import com.okradvisor.testing.Okr;
import com.okradvisor.testing.Okr.ObjectiveBuilder;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AlignmentLoopsTest {

    private static List<String> loopsOf(ObjectiveBuilder... objectives) {
        return AlignmentLoops.find(Okr.portfolio(objectives)).stream().map(AlignmentLoopFact::path).toList();
    }

    @Test
    void findsATwoObjectiveLoopOnceFromItsLowestKey() {
        assertThat(loopsOf(objective("CO-2").alignedTo("CO-1"), objective("CO-1").alignedTo("CO-2")))
                .containsExactly("CO-1 → CO-2 → CO-1");
    }

    @Test
    void findsAnObjectiveAlignedToItself() {
        assertThat(loopsOf(objective("CO-1").alignedTo("CO-1"))).containsExactly("CO-1 → CO-1");
    }

    @Test
    void findsEveryElementaryLoopOfATangle() {
        assertThat(loopsOf(
                objective("A-1").alignedTo("A-2"),
                objective("A-2").alignedTo("A-1", "A-3"),
                objective("A-3").alignedTo("A-1")))
                .containsExactly("A-1 → A-2 → A-1", "A-1 → A-2 → A-3 → A-1");
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

        assertThat(loopsOf(chain.toArray(ObjectiveBuilder[]::new))).hasSize(1)
                .first().asString().startsWith("C-1 → C-2 → C-3").endsWith("C-50001 → C-1");
    }
}
