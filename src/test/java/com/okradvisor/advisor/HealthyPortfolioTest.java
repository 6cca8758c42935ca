package com.okradvisor.advisor;

import static org.assertj.core.api.Assertions.assertThat;

import com.okradvisor.testing.Okr;
import org.junit.jupiter.api.Test;

class HealthyPortfolioTest {

    @Test
    void aHealthyObjectiveFiresNoRule() {
        assertThat(RuleVerifier.ADVISOR.evaluate(Okr.healthy("GRO-1"), AdvisorSettings.DEFAULTS, Okr.AS_OF)).isEmpty();
    }
}
