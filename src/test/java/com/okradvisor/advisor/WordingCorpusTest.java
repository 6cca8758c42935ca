package com.okradvisor.advisor;

import static org.assertj.core.api.Assertions.assertThat;

import com.okradvisor.model.Finding;
import com.okradvisor.testing.Okr;
import com.okradvisor.testing.Okr.KeyResultBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

/**
 * Measures the wording rules against {@code wording/key-results.tsv}: key-result summaries written the
 * way teams write them in Jira and labelled as an OKR coach would. Reports each rule's recall and
 * precision, and the three rules' together, and holds them above a floor.
 */
class WordingCorpusTest {

    private static final String CORPUS = "wording/key-results.tsv";
    /** Corpus label → rule key. */
    private static final Map<Character, String> RULES = Map.of(
            'U', "kr-unmeasurable", 'A', "kr-is-activity", 'V', "kr-vague-wording");
    private static final double RECALL_FLOOR = 0.97;
    private static final double PRECISION_FLOOR = 0.97;

    private static final List<Labelled> CASES = new ArrayList<>();
    private static final Map<String, Set<String>> FIRED = new LinkedHashMap<>();

    @BeforeAll
    static void evaluateTheCorpus() throws IOException {
        CASES.addAll(read());
        List<KeyResultBuilder> keyResults = new ArrayList<>();
        for (Labelled labelled : CASES) {
            keyResults.add(Okr.keyResult(labelled.key()).summary(labelled.summary()));
        }
        List<Finding> findings = RuleVerifier.ADVISOR.evaluate(Okr.portfolioOf(keyResults.toArray(KeyResultBuilder[]::new)),
                AdvisorSettings.DEFAULTS, Okr.AS_OF);
        RULES.values().forEach(rule -> FIRED.put(rule, new TreeSet<>()));
        findings.stream().filter(finding -> FIRED.containsKey(finding.rule()))
                .forEach(finding -> FIRED.get(finding.rule()).add(finding.issueKey()));
    }

    @Test
    void theWordingRulesReadTheCorpusAsACoachWould(TestReporter reporter) {
        Score total = new Score(List.of(), List.of(), 0);
        StringBuilder report = new StringBuilder();
        for (Map.Entry<Character, String> rule : new TreeMap<>(RULES).entrySet()) {
            Score score = score(rule.getKey(), rule.getValue());
            report.append(String.format("%-17s %s%n", rule.getValue(), score));
            total = total.plus(score);
        }
        report.append(String.format("%-17s %s%n", "all three", total.figures()));
        reporter.publishEntry("wording corpus", report.toString());
        System.out.print(report);

        assertThat(total.recall()).as("recall of the wording rules on %s%n%s", CORPUS, report).isGreaterThanOrEqualTo(RECALL_FLOOR);
        assertThat(total.precision()).as("precision of the wording rules on %s%n%s", CORPUS, report)
                .isGreaterThanOrEqualTo(PRECISION_FLOOR);
    }

    private static Score score(char label, String rule) {
        List<String> missed = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        int found = 0;
        for (Labelled labelled : CASES) {
            boolean expected = labelled.labels().indexOf(label) >= 0;
            boolean fired = FIRED.get(rule).contains(labelled.key());
            if (expected && fired) {
                found++;
            } else if (expected) {
                missed.add(labelled.summary());
            } else if (fired) {
                wrong.add(labelled.summary());
            }
        }
        return new Score(missed, wrong, found);
    }

    private static List<Labelled> read() throws IOException {
        try (InputStream in = WordingCorpusTest.class.getClassLoader().getResourceAsStream(CORPUS)) {
            assertThat(in).as(CORPUS).isNotNull();
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
            List<Labelled> cases = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                String[] columns = lines.get(i).split("\t", 2);
                assertThat(columns).as("%s: '%s' needs labels, a tab and a summary", CORPUS, lines.get(i)).hasSize(2);
                assertThat(columns[0]).as("%s: labels of '%s'", CORPUS, columns[1]).matches("-|U?A?V?");
                cases.add(new Labelled("WRD-" + (i + 1), columns[0], columns[1]));
            }
            return cases;
        }
    }

    private record Labelled(String key, String labels, String summary) {
    }

    /** Hits, misses (labelled, not fired) and false alarms (fired, not labelled). */
    private record Score(List<String> missed, List<String> wrong, int found) {

        Score plus(Score other) {
            List<String> allMissed = new ArrayList<>(missed);
            allMissed.addAll(other.missed);
            List<String> allWrong = new ArrayList<>(wrong);
            allWrong.addAll(other.wrong);
            return new Score(allMissed, allWrong, found + other.found);
        }

        double recall() {
            return found == 0 ? 0 : (double) found / (found + missed.size());
        }

        double precision() {
            return found == 0 ? 0 : (double) found / (found + wrong.size());
        }

        String figures() {
            return String.format("recall %.3f (%d/%d) precision %.3f (%d/%d)", recall(), found, found + missed.size(),
                    precision(), found, found + wrong.size());
        }

        @Override
        public String toString() {
            return figures()
                    + (missed.isEmpty() ? "" : missed.stream().collect(Collectors.joining("' | '", "\n    missed: '", "'")))
                    + (wrong.isEmpty() ? "" : wrong.stream().collect(Collectors.joining("' | '", "\n    wrong:  '", "'")));
        }
    }
}
