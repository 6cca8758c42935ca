package com.okradvisor.advisor;

import static java.util.Map.entry;
import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.toMap;
import static org.assertj.core.api.Assertions.assertThat;

import com.okradvisor.model.Severity;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.platform.commons.annotation.Testable;

/**
 * Fails the build when the catalogue and its pieces drift apart (STYLE lesson 2): every rule needs a
 * fixture, every key is unique, the catalogue is RULES.md's, every rule file ships, every threshold is
 * declared and used.
 */
class CatalogueTest {

    /** RULES.md v1: every key with its severity. Copied here on purpose: the build never reads ../shared. */
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
            entry("key-results-added-late", Severity.MINOR),
            entry("objective-without-owner", Severity.MAJOR),
            entry("kr-without-owner", Severity.MINOR),
            entry("duplicate-key-results", Severity.MINOR));

    private static final int MIN_TESTS_PER_FIXTURE = 2;
    private static final Path RULES_FOLDER = Path.of("rules");
    private static final Pattern RULE_KEY = Pattern.compile("@ruleKey\\(\"([^\"]*)\"\\)");
    private static final Pattern PARAMETERS = Pattern.compile("@parameters\\(\"([^\"]*)\"\\)");
    private static final Pattern THRESHOLD_READ = Pattern.compile("\\bthresholds\\.(\\w+)");

    private static final RuleCatalogue CATALOGUE = RuleVerifier.ADVISOR.catalogue();
    private static final List<JavaClass> FIXTURES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
            .importPackages("com.okradvisor").stream()
            .filter(type -> type.isAnnotatedWith(RuleFixture.class))
            .toList();

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

    @Test
    void everyFixtureHoldsACaseThatFiresAndANearMiss() {
        Map<String, Long> testsPerFixture = FIXTURES.stream().collect(toMap(JavaClass::getName,
                fixture -> fixture.getMethods().stream()
                        .filter(method -> method.isMetaAnnotatedWith(Testable.class)).count()));
        assertThat(testsPerFixture).as("tests per fixture class").allSatisfy((fixture, tests) ->
                assertThat(tests).as(fixture).isGreaterThanOrEqualTo(MIN_TESTS_PER_FIXTURE));
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
    void everyRuleFileShipsAndEveryShippedFileExists() throws IOException {
        assertThat(drlFiles().stream().map(file -> file.getFileName().toString()))
                .as("*.drl files in rules/, against Advisor.SHIPPED_RULE_FILES")
                .containsExactlyInAnyOrderElementsOf(Advisor.SHIPPED_RULE_FILES);
    }

    /** The shipped rules run as the build compiled them: that model must be the rule files as they are now. */
    @Test
    void theCompiledRulesAreTheRuleFilesInTheirOrder() throws IOException {
        Map<String, List<String>> written = new LinkedHashMap<>();
        for (String file : Advisor.SHIPPED_RULE_FILES) {
            written.put(file, matches(RULE_KEY, read(RULES_FOLDER.resolve(file))));
        }
        Map<String, List<String>> compiled = CATALOGUE.entries().stream().collect(groupingBy(RuleEntry::source,
                LinkedHashMap::new, Collectors.mapping(RuleEntry::key, Collectors.toList())));
        assertThat(compiled).as("rule keys per file, compiled against written").containsExactlyEntriesOf(written);
    }

    @Test
    void everyListedParameterExists() throws IOException {
        Set<String> listed = new TreeSet<>();
        for (Path file : drlFiles()) {
            matches(PARAMETERS, read(file)).forEach(names -> listed.addAll(names(names)));
        }
        assertThat(listed).as("@parameters names without a Parameter")
                .filteredOn(name -> Parameter.fromKey(name).isEmpty()).isEmpty();
    }

    @Test
    void everyRuleListsExactlyTheThresholdsItReads() throws IOException {
        Map<String, Set<String>> listed = new LinkedHashMap<>();
        Map<String, Set<String>> read = new LinkedHashMap<>();
        for (Path file : drlFiles()) {
            for (String rule : read(file).split("\\nrule ")) {
                List<String> key = matches(RULE_KEY, rule);
                if (!key.isEmpty()) {
                    listed.put(key.get(0), new TreeSet<>(names(String.join(",", matches(PARAMETERS, rule)))));
                    read.put(key.get(0), thresholdsRead(rule));
                }
            }
        }
        assertThat(listed).as("@parameters of each rule, against the thresholds it reads").isEqualTo(read);
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

    private static List<String> names(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(name -> !name.isEmpty()).toList();
    }

    /** The thresholds a rule reads from the global, e.g. {@code thresholds.staleAfterDays}. */
    private static Set<String> thresholdsRead(String rule) {
        return new TreeSet<>(matches(THRESHOLD_READ, rule));
    }
}
