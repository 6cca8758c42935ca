package com.okradvisor.advisor;

import static java.util.Map.entry;
import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.toMap;
import static org.assertj.core.api.Assertions.assertThat;

import com.okradvisor.model.Severity;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Fails the build when the catalogue and its pieces drift apart: every rule needs a fixture, every key
 * is unique, the catalogue is the published one, the compiled rules are the files, every threshold a
 * rule reads is declared and every declared one is read.
 */
class CatalogueTest {

    /** The published catalogue (v1), every key with its severity: the external spec the rules must keep. */
    private static final Map<String, Severity> RULES_MD = Map.ofEntries(
            entry("objective-without-key-results", Severity.CRITICAL),
            entry("too-many-key-results", Severity.MAJOR),
            entry("single-key-result", Severity.MINOR),
            entry("too-many-objectives", Severity.MAJOR),
            entry("objective-too-long", Severity.MINOR),
            entry("objective-is-a-metric", Severity.INFO),
            entry("kr-unmeasurable", Severity.CRITICAL),
            entry("kr-is-activity", Severity.MAJOR),
            entry("kr-vague-wording", Severity.MINOR),
            entry("kr-target-equals-baseline", Severity.MAJOR),
            entry("kpi-misaligned", Severity.MAJOR),
            entry("kpi-off-target-unaddressed", Severity.CRITICAL),
            entry("objective-without-kpi", Severity.INFO),
            entry("alignment-to-inactive-objective", Severity.MAJOR),
            entry("alignment-cycle", Severity.CRITICAL),
            entry("kr-outside-cycle", Severity.MINOR),
            entry("checkin-stale", Severity.MAJOR),
            entry("checkin-missing", Severity.MAJOR),
            entry("low-confidence", Severity.MAJOR),
            entry("kpi-stale", Severity.MINOR),
            entry("behind-schedule", Severity.MAJOR),
            entry("no-progress-late", Severity.CRITICAL),
            entry("cycle-ended-open", Severity.MAJOR),
            entry("sandbagging", Severity.MINOR),
            entry("forecast-miss", Severity.MAJOR),
            entry("confidence-contradicts-data", Severity.MINOR),
            entry("work-done-no-movement", Severity.MAJOR),
            entry("key-results-added-late", Severity.MINOR),
            entry("objective-without-owner", Severity.MAJOR),
            entry("kr-without-owner", Severity.MINOR),
            entry("duplicate-key-results", Severity.MINOR),
            entry("kr-missing-baseline", Severity.MINOR),
            entry("kr-binary", Severity.MINOR),
            entry("business-as-usual", Severity.MINOR),
            entry("objective-is-output", Severity.INFO),
            entry("objective-unaligned", Severity.MINOR),
            entry("owner-overloaded", Severity.MINOR),
            entry("confidence-dropped", Severity.MAJOR),
            entry("committed-at-risk", Severity.MAJOR));

    private static final String FIRES = "reports";
    private static final String NEAR_MISS = "reportsNothing";
    private static final String AT_A_THRESHOLD = "with";
    /** What a fixture's two {@link RuleExample} cases call on the verifier, sorted: one fires, one is a near miss. */
    private static final List<String> EXAMPLE_CALLS = Stream.of(List.of(FIRES), List.of(NEAR_MISS))
            .map(String::valueOf).sorted().toList();
    private static final Path RULES_FOLDER = Path.of("rules");
    private static final Pattern RULE_KEY = Pattern.compile("@ruleKey\\(\"([^\"]*)\"\\)");
    private static final Pattern FUNCTION_IMPORT = Pattern.compile("(?m)^import function [\\w.]+\\.(\\w+);$");
    private static final Pattern THRESHOLD_READ = Pattern.compile("\\bthresholds\\.(\\w+)");

    private static final RuleCatalogue CATALOGUE = RuleVerifier.ADVISOR.catalogue();
    private static final List<JavaClass> FIXTURES = RuleExamples.FIXTURES;

    @Test
    void everyRuleHasAFixture() {
        assertThat(catalogueKeys()).as("rules without a @RuleFixture class")
                .filteredOn(key -> !fixtureKeys().contains(key)).isEmpty();
    }

    @Test
    void everyFixtureNamesARuleOfTheCatalogue() {
        assertThat(fixtureKeys()).as("@RuleFixture keys that name no rule of the catalogue")
                .filteredOn(key -> !catalogueKeys().contains(key)).isEmpty();
    }

    /**
     * What a fixture asserts, read from its bytecode: {@link RuleVerifier#reports} (a case that fires,
     * with at least one exact message), {@link RuleVerifier#reportsNothing} (a near miss) and, for a rule
     * with thresholds, {@link RuleVerifier#with} (a case at a non-default threshold).
     */
    @Test
    void everyFixtureHoldsACaseThatFiresANearMissAndANonDefaultThreshold() {
        Map<String, Set<String>> missing = new TreeMap<>();
        for (JavaClass fixture : FIXTURES) {
            String key = fixture.getAnnotationOfType(RuleFixture.class).value();
            Set<String> needed = new TreeSet<>(Set.of(FIRES, NEAR_MISS));
            if (CATALOGUE.entry(key).map(entry -> !entry.parameters().isEmpty()).orElse(false)) {
                needed.add(AT_A_THRESHOLD);
            }
            fixture.getMethodCallsFromSelf().stream()
                    .filter(call -> call.getTargetOwner().isEquivalentTo(RuleVerifier.class))
                    .forEach(call -> needed.remove(call.getName()));
            if (!needed.isEmpty()) {
                missing.put(fixture.getSimpleName() + " (" + key + ")", needed);
            }
        }
        assertThat(missing).as("RuleVerifier calls each fixture class lacks").isEmpty();
    }

    /**
     * Each fixture marks its rule page's examples, read from its bytecode: one {@link RuleExample} case that
     * fires ({@link RuleVerifier#reports}) and one near miss ({@link RuleVerifier#reportsNothing}), each
     * making that one call, like sonar-java's rule meta-tests.
     */
    @Test
    void everyFixtureMarksAnExampleThatFiresAndANearMiss() {
        Map<String, String> wrong = new TreeMap<>();
        for (JavaClass fixture : FIXTURES) {
            List<String> examples = fixture.getMethods().stream()
                    .filter(method -> method.isAnnotatedWith(RuleExample.class))
                    .map(CatalogueTest::verifierCalls).sorted().toList();
            if (!examples.equals(EXAMPLE_CALLS)) {
                wrong.put(fixture.getSimpleName() + " (" + fixture.getAnnotationOfType(RuleFixture.class).value() + ")",
                        "@RuleExample cases call " + examples);
            }
        }
        assertThat(wrong).as("fixtures whose @RuleExample cases are not one that fires (only %s) and one near miss (only %s)",
                FIRES, NEAR_MISS).isEmpty();
    }

    private static String verifierCalls(JavaMethod method) {
        return String.valueOf(method.getMethodCallsFromSelf().stream()
                .filter(call -> call.getTargetOwner().isEquivalentTo(RuleVerifier.class))
                .filter(call -> call.getName().equals(FIRES) || call.getName().equals(NEAR_MISS))
                .map(JavaMethodCall::getName).toList());
    }

    @Test
    void noRuleHasTwoFixtures() {
        assertThat(repeated(fixtureKeys().stream())).as("keys with more than one @RuleFixture class").isEmpty();
    }

    @Test
    void noKeyRepeatsAcrossTheRuleFiles() throws IOException {
        Stream<String> keys = drlFiles().stream().flatMap(file -> matches(RULE_KEY, read(file)).stream());
        assertThat(repeated(keys)).as("@ruleKey values used by more than one rule").isEmpty();
    }

    @Test
    void theCatalogueIsExactlyRulesMdWithItsSeverities() {
        Map<String, Severity> actual = CATALOGUE.entries().stream().collect(toMap(RuleEntry::key, RuleEntry::severity));
        assertThat(actual).isEqualTo(RULES_MD);
    }

    @Test
    void everyRuleFileShips() throws IOException {
        assertThat(CATALOGUE.entries().stream().filter(RuleEntry::shipped).map(RuleEntry::source).distinct())
                .as("files of the shipped rules, against the *.drl files in rules/")
                .containsExactlyInAnyOrderElementsOf(drlFiles().stream().map(file -> file.getFileName().toString()).toList());
    }

    /** The shipped rules run as the build compiled them: that model must be the rule files as they are now. */
    @Test
    void theCompiledRulesAreTheRuleFilesInTheirOrder() throws IOException {
        Map<String, List<String>> written = new LinkedHashMap<>();
        for (Path file : drlFiles()) {
            written.put(file.getFileName().toString(), matches(RULE_KEY, read(file)));
        }
        Map<String, List<String>> compiled = CATALOGUE.entries().stream().collect(groupingBy(RuleEntry::source,
                LinkedHashMap::new, Collectors.mapping(RuleEntry::key, Collectors.toList())));
        assertThat(compiled).as("rule keys per file, compiled against written").isEqualTo(written);
    }

    @Test
    void everyThresholdARuleReadsIsDeclaredOnThresholds() throws IOException {
        Set<String> reads = new TreeSet<>();
        for (Path file : drlFiles()) {
            reads.addAll(matches(THRESHOLD_READ, read(file)));
        }
        assertThat(reads).as("thresholds.<name> read in rules/*.drl that no component of Thresholds declares")
                .filteredOn(name -> Parameter.fromKey(name).isEmpty()).isEmpty();
    }

    /** A rule's parameters are derived from its text by the build; here they are read again, by a plain pattern. */
    @Test
    void eachRulesParametersAreExactlyTheThresholdsItReads() throws IOException {
        Map<String, Set<String>> reads = new TreeMap<>();
        for (Path file : drlFiles()) {
            for (String rule : read(file).split("\\nrule ")) {
                List<String> key = matches(RULE_KEY, rule);
                if (!key.isEmpty()) {
                    reads.put(key.get(0), new TreeSet<>(matches(THRESHOLD_READ, rule)));
                }
            }
        }
        Map<String, Set<String>> derived = CATALOGUE.entries().stream().collect(toMap(RuleEntry::key,
                entry -> entry.parameters().stream().map(Parameter::key).collect(Collectors.toCollection(TreeSet::new)),
                (first, second) -> first, TreeMap::new));
        assertThat(derived).as("parameters of each rule, against the thresholds its text reads").isEqualTo(reads);
    }

    @Test
    void everyFunctionARuleFileImportsIsCalled() throws IOException {
        Map<String, List<String>> unused = new TreeMap<>();
        for (Path file : drlFiles()) {
            String text = read(file);
            String body = FUNCTION_IMPORT.matcher(text).replaceAll("");
            List<String> uncalled = matches(FUNCTION_IMPORT, text).stream()
                    .filter(function -> !Pattern.compile("\\b" + function + "\\(").matcher(body).find()).toList();
            if (!uncalled.isEmpty()) {
                unused.put(file.getFileName().toString(), uncalled);
            }
        }
        assertThat(unused).as("functions imported by a rule file that none of its rules calls").isEmpty();
    }

    @Test
    void everyShippedRuleMatchesOneFactSoPortfoliosAreJudgedInBatches() {
        assertThat(RuleVerifier.ADVISOR.evaluatesInBatches())
                .as("a shipped rule joins facts, and every portfolio would be judged in one session:"
                        + " put what needs two facts on a fact in FactBuilder (CONTRIBUTING, Add a rule)")
                .isTrue();
    }

    @Test
    void everyParameterIsUsedBySomeRule() {
        Set<Parameter> used = CATALOGUE.entries().stream().flatMap(entry -> entry.parameters().stream())
                .collect(Collectors.toSet());
        assertThat(Parameter.values()).as("parameters no rule lists").filteredOn(parameter -> !used.contains(parameter))
                .isEmpty();
    }

    private static Set<String> catalogueKeys() {
        return CATALOGUE.entries().stream().map(RuleEntry::key).collect(Collectors.toCollection(TreeSet::new));
    }

    private static List<String> fixtureKeys() {
        return FIXTURES.stream().map(fixture -> fixture.getAnnotationOfType(RuleFixture.class).value()).toList();
    }

    private static Set<String> repeated(Stream<String> keys) {
        return keys.collect(groupingBy(key -> key, counting())).entrySet().stream()
                .filter(count -> count.getValue() > 1).map(Map.Entry::getKey)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static List<Path> drlFiles() throws IOException {
        try (Stream<Path> files = Files.list(RULES_FOLDER)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".drl")).sorted().toList();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> matches(Pattern pattern, String text) {
        return pattern.matcher(text).results().map(match -> match.group(1)).toList();
    }
}
