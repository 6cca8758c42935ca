package com.okradvisor.jira;

import static com.okradvisor.testing.Okr.AS_OF;
import static org.assertj.core.api.Assertions.assertThat;

import com.okradvisor.advisor.AdvisorSettings;
import com.okradvisor.advisor.Parameter;
import com.okradvisor.advisor.RuleEntry;
import com.okradvisor.advisor.RuleIncident;
import com.okradvisor.advisor.RuleProblem;
import com.okradvisor.model.Finding;
import com.okradvisor.model.Mapping;
import com.okradvisor.settings.OkrSettings;
import com.okradvisor.testing.CustomRules;
import com.okradvisor.testing.MovingClock;
import com.okradvisor.testing.Okr;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The advisor the panels use follows the custom rules the admin page stored, on every node alike, and the settings it is given. */
class AdvisorInForceTest {

    private static final Parameter MAX_KEY_RESULTS = Parameter.fromKey("maxKeyResults").orElseThrow();

    private static InMemoryPluginSettings pluginSettings;
    private static OkrSettingsStore store;
    private static AdvisorInForce rules;

    @BeforeAll
    static void compileTheShippedRulesOnce() {
        pluginSettings = new InMemoryPluginSettings();
        store = new OkrSettingsStore(pluginSettings, new InMemoryClusterLocks());
        rules = new AdvisorInForce(store);
    }

    @Test
    void honoursTheThresholdsAndSwitchedOffRulesOfTheSettingsItIsGiven() {
        givenCustomRules(Map.of());
        AdvisorSettings oneKeyResult = AdvisorSettings.DEFAULTS.with(Parameter.fromKey("maxKeyResults").orElseThrow(), 1);
        assertThat(findingsOnAHealthyObjectiveWithTwoKeyResults(oneKeyResult)).contains("too-many-key-results");

        assertThat(findingsOnAHealthyObjectiveWithTwoKeyResults(oneKeyResult.withDisabled(Set.of("too-many-key-results"))))
                .doesNotContain("too-many-key-results");
    }

    @Test
    void runsTheStoredCustomRulesAndCompilesThemOnceWhileTheirTextStaysTheSame() {
        givenCustomRules(Map.of(CustomRules.FILE, CustomRules.VENDOR_RULE));

        assertThat(rules.assess(CustomRules.withVendorKeyResult(), OkrSettings.DEFAULTS, AS_OF).findings())
                .extracting(Finding::rule).containsExactly(CustomRules.KEY);
        assertThat(rules.inForce()).isSameAs(rules.inForce());

        givenCustomRules(Map.of());
        assertThat(rules.assess(CustomRules.withVendorKeyResult(), OkrSettings.DEFAULTS, AS_OF).findings()).isEmpty();
    }

    @Test
    void skipsAStoredFileThatNoLongerCompilesAndKeepsTheOthersWorking() {
        OkrSettings oneKeyResult = new OkrSettings(Mapping.DEFAULTS, AdvisorSettings.DEFAULTS.with(Parameter.fromKey("maxKeyResults").orElseThrow(), 1));
        pluginSettings.put(OkrSettingsStore.CUSTOM_RULE_FILES, List.of("broken.drl", CustomRules.FILE));
        pluginSettings.put(OkrSettingsStore.CUSTOM_RULE_FILE + "broken.drl", CustomRules.BROKEN.replace("acme-no-vendor-names", "acme-broken"));
        pluginSettings.put(OkrSettingsStore.CUSTOM_RULE_FILE + CustomRules.FILE, CustomRules.VENDOR_RULE);

        assertThat(rules.inForce().skipped()).isNotEmpty().allSatisfy(problem -> assertThat(problem.file()).isEqualTo("broken.drl"));
        assertThat(rules.assess(CustomRules.withVendorKeyResult(), oneKeyResult, AS_OF).findings())
                .extracting(Finding::rule).contains(CustomRules.KEY, "too-many-key-results");
    }

    @Test
    void recordsACustomRuleThatThrowsOncePerPeriodForEveryNodesAdminPage() {
        givenCustomRules(Map.of("throws.drl", CustomRules.throwingOn("GRO-103"), CustomRules.FILE, CustomRules.VENDOR_RULE));
        Instant start = Instant.parse("2026-11-30T10:00:00Z");
        MovingClock clock = new MovingClock(start);
        AdvisorInForce node = new AdvisorInForce(store, clock);
        try {
            assertThat(node.assess(CustomRules.withVendorKeyResult(), OkrSettings.DEFAULTS, AS_OF).findings())
                    .extracting(Finding::rule).containsExactly(CustomRules.KEY);
            clock.setTo(start.plus(AdvisorInForce.INCIDENT_PERIOD).minusSeconds(1));
            node.assess(CustomRules.withVendorKeyResult(), OkrSettings.DEFAULTS, AS_OF);

            assertThat(store.loadRuleIncidents()).as("recorded once within the period").singleElement()
                    .satisfies(entry -> assertThat(entry.at()).isEqualTo(start));

            clock.setTo(start.plus(AdvisorInForce.INCIDENT_PERIOD));
            node.assess(CustomRules.withVendorKeyResult(), OkrSettings.DEFAULTS, AS_OF);

            assertThat(store.loadRuleIncidents()).as("recorded again once the period is over, one entry per rule and kind")
                    .singleElement().satisfies(entry -> {
                        assertThat(entry.at()).isEqualTo(clock.instant());
                        assertThat(entry.incident().ruleKey()).isEqualTo(CustomRules.THROWING_KEY);
                        assertThat(entry.incident().kind()).isEqualTo(RuleIncident.Kind.THREW);
                    });
            assertThat(new AdvisorInForce(store).rules()).extracting(RuleEntry::key).contains(CustomRules.THROWING_KEY);
        } finally {
            givenCustomRules(Map.of());
        }
    }

    @Test
    void skipsAStoredFileThatReachesBeyondTheAllowlistOrFailsTheDryRun() {
        pluginSettings.put(OkrSettingsStore.CUSTOM_RULE_FILES, List.of("exit.drl", CustomRules.FILE));
        pluginSettings.put(OkrSettingsStore.CUSTOM_RULE_FILE + "exit.drl", CustomRules.VENDOR_RULE
                .replace(CustomRules.KEY, "acme-exit").replace("then\n", "then\n    System.exit(0);\n"));
        pluginSettings.put(OkrSettingsStore.CUSTOM_RULE_FILE + CustomRules.FILE, CustomRules.VENDOR_RULE);

        assertThat(rules.inForce().skipped()).extracting(RuleProblem::file).containsOnly("exit.drl");
        assertThat(rules.inForce().skipped()).first().satisfies(problem -> assertThat(problem.message()).contains("'System' is not allowed"));
        assertThat(rules.assess(CustomRules.withVendorKeyResult(), OkrSettings.DEFAULTS, AS_OF).findings())
                .extracting(Finding::rule).containsExactly(CustomRules.KEY);
        givenCustomRules(Map.of());
    }

    private static void givenCustomRules(Map<String, String> files) {
        store.save(OkrSettings.DEFAULTS, stored -> Optional.of(files));
    }

    private static List<String> findingsOnAHealthyObjectiveWithTwoKeyResults(AdvisorSettings settings) {
        return rules.assess(Okr.healthy("GRO-1"), new OkrSettings(Mapping.DEFAULTS, settings), AS_OF).findings().stream()
                .map(Finding::rule).toList();
    }
}
