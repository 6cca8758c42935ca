package com.okradvisor.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FindingTest {

    private static final List<String> KEYS = List.of("GRO-2", "GRO-10", "GRO-02", "GRO", "A-B-3", "MOB-1", "GRO-X", "AB-7");
    private static final List<String> RULES = List.of("kr-unmeasurable", "checkin-stale", "behind-schedule");

    @Test
    void sortsManyFindingsAsTheirOrderSays() {
        Random random = new Random(5);
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            findings.add(new Finding(RULES.get(random.nextInt(RULES.size())),
                    Severity.values()[random.nextInt(Severity.values().length)],
                    KEYS.get(random.nextInt(KEYS.size())), "message " + i, "remedy"));
        }

        assertThat(Finding.sorted(findings)).isSortedAccordingTo(Finding.ORDER).containsExactlyInAnyOrderElementsOf(findings);
    }
}
