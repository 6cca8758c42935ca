package com.okradvisor.advisor;

import static org.assertj.core.api.Assertions.assertThat;

import com.okradvisor.model.Finding;
import com.okradvisor.model.Portfolio;
import com.okradvisor.testing.Okr;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * The one verifier every rule fixture uses: evaluates a portfolio with the shipped rules and
 * compares one rule's findings, as "ISSUE: message" lines, with what the fixture expects.
 */
final class RuleVerifier {

    static final Advisor ADVISOR = Advisor.load(RuleVerifier.class.getClassLoader());
    /** What this thread's verifiers evaluate while {@link #recording} runs an example; null otherwise. */
    private static final ThreadLocal<List<Evaluation>> RECORDED = new ThreadLocal<>();

    private final String ruleKey;
    private AdvisorSettings settings = AdvisorSettings.DEFAULTS;
    private LocalDate asOf = Okr.AS_OF;

    private RuleVerifier(String ruleKey) {
        this.ruleKey = ruleKey;
    }

    static RuleVerifier rule(String ruleKey) {
        return new RuleVerifier(ruleKey);
    }

    /** Evaluates with the threshold named {@code key} (a component of {@code Thresholds}) at {@code value}. */
    RuleVerifier with(String key, double value) {
        settings = settings.with(Parameter.fromKey(key).orElseThrow(() -> new IllegalArgumentException(
                "no threshold named " + key)), value);
        return this;
    }

    RuleVerifier asOf(LocalDate day) {
        asOf = day;
        return this;
    }

    /** Asserts the rule fires and reports exactly these "ISSUE: message" lines, in order. */
    void reports(Portfolio portfolio, String expected, String... more) {
        assertThat(findings(portfolio)).as("findings of %s", ruleKey)
                .containsExactlyElementsOf(Stream.concat(Stream.of(expected), Arrays.stream(more)).toList());
    }

    void reportsNothing(Portfolio portfolio) {
        assertThat(findings(portfolio)).as("findings of %s", ruleKey).isEmpty();
    }

    List<String> findings(Portfolio portfolio) {
        List<Finding> findings = ADVISOR.evaluate(portfolio, settings, asOf).stream()
                .filter(finding -> finding.rule().equals(ruleKey)).toList();
        List<Evaluation> recorded = RECORDED.get();
        if (recorded != null) {
            recorded.add(new Evaluation(portfolio, findings));
        }
        return findings.stream().map(finding -> finding.issueKey() + ": " + finding.message()).toList();
    }

    /** Runs {@code example} and gives what the verifiers it used evaluated: each portfolio with the rule's findings. */
    static List<Evaluation> recording(Runnable example) {
        List<Evaluation> evaluations = new ArrayList<>();
        RECORDED.set(evaluations);
        try {
            example.run();
        } finally {
            RECORDED.remove();
        }
        return evaluations;
    }

    /** One evaluation of a fixture: the portfolio and the findings of the fixture's rule. */
    record Evaluation(Portfolio portfolio, List<Finding> findings) {
    }
}
