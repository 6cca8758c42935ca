package com.okradvisor.jira;

import static com.okradvisor.testing.Okr.AS_OF;
import static org.assertj.core.api.Assertions.assertThat;

import com.okradvisor.advisor.AdvisorSettings;
import com.okradvisor.advisor.Parameter;
import com.okradvisor.model.Finding;
import com.okradvisor.progress.ProgressSettings;
import com.okradvisor.testing.CustomRules;
import com.okradvisor.testing.Okr;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The advisor the panels use follows what the admin page stored, on every node alike. */
class RulesEngineTest {

    private static final Parameter MAX_KEY_RESULTS = Parameter.fromKey("maxKeyResults").orElseThrow();

    private static InMemoryPluginSettings pluginSettings;
    private static OkrSettingsStore store;
    private static RulesEngine rules;

    @BeforeAll
    static void compileTheShippedRulesOnce() {
        pluginSettings = new InMemoryPluginSettings();
        store = new OkrSettingsStore(pluginSettings);
        rules = new RulesEngine(store);
    }

    @Test
    void honoursTheStoredThresholdsAndSwitchedOffRules() {
        store.saveCustomRules(Map.of());
        store.saveAdvisorSettings(AdvisorSettings.DEFAULTS.with(MAX_KEY_RESULTS, 1));
        assertThat(findingsOnAHealthyObjectiveWithTwoKeyResults()).contains("too-many-key-results");

        store.saveAdvisorSettings(AdvisorSettings.DEFAULTS.with(MAX_KEY_RESULTS, 1)
                .withDisabled(Set.of("too-many-key-results")));
        assertThat(findingsOnAHealthyObjectiveWithTwoKeyResults()).doesNotContain("too-many-key-results");
    }

    @Test
    void runsTheStoredCustomRulesAndCompilesThemOnceWhileTheirTextStaysTheSame() {
        store.saveAdvisorSettings(AdvisorSettings.DEFAULTS);
        store.saveCustomRules(Map.of(CustomRules.FILE, CustomRules.VENDOR_RULE));

        assertThat(rules.evaluate(CustomRules.withVendorKeyResult(), ProgressSettings.DEFAULTS, AS_OF))
                .extracting(Finding::rule).containsExactly(CustomRules.KEY);
        assertThat(rules.inForce()).isSameAs(rules.inForce());

        store.saveCustomRules(Map.of());
        assertThat(rules.evaluate(CustomRules.withVendorKeyResult(), ProgressSettings.DEFAULTS, AS_OF)).isEmpty();
    }

    @Test
    void skipsAStoredFileThatNoLongerCompilesAndKeepsTheOthersWorking() {
        store.saveAdvisorSettings(AdvisorSettings.DEFAULTS.with(MAX_KEY_RESULTS, 1));
        pluginSettings.put(OkrSettingsStore.CUSTOM_RULE_FILES, List.of("broken.drl", CustomRules.FILE));
        pluginSettings.put(OkrSettingsStore.CUSTOM_RULE_FILE + "broken.drl", CustomRules.BROKEN.replace("acme-no-vendor-names", "acme-broken"));
        pluginSettings.put(OkrSettingsStore.CUSTOM_RULE_FILE + CustomRules.FILE, CustomRules.VENDOR_RULE);

        assertThat(rules.inForce().skipped()).isNotEmpty().allSatisfy(problem -> assertThat(problem.file()).isEqualTo("broken.drl"));
        assertThat(rules.evaluate(CustomRules.withVendorKeyResult(), ProgressSettings.DEFAULTS, AS_OF))
                .extracting(Finding::rule).contains(CustomRules.KEY, "too-many-key-results");
    }

    private static List<String> findingsOnAHealthyObjectiveWithTwoKeyResults() {
        return rules.evaluate(Okr.healthy("GRO-1"), ProgressSettings.DEFAULTS, AS_OF).stream().map(Finding::rule).toList();
    }
}
