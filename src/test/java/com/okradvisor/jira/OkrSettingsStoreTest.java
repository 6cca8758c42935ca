package com.okradvisor.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import com.okradvisor.advisor.AdvisorSettings;
import com.okradvisor.advisor.Parameter;
import com.okradvisor.model.Mapping;
import com.okradvisor.progress.ProgressSettings;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class OkrSettingsStoreTest {

    private static final Parameter STALE_AFTER_DAYS = Parameter.fromKey("staleAfterDays").orElseThrow();
    private static final Parameter LATE_SHARE = Parameter.fromKey("lateShare").orElseThrow();
    private static final Parameter MAX_KEY_RESULTS = Parameter.fromKey("maxKeyResults").orElseThrow();
    private static final Parameter LOW_CONFIDENCE = Parameter.fromKey("lowConfidence").orElseThrow();

    private final Map<String, Object> stored = new HashMap<>();

    @Mock
    private PluginSettingsFactory pluginSettingsFactory;
    @Mock
    private PluginSettings pluginSettings;

    @BeforeEach
    void givenGlobalSettings() {
        lenient().when(pluginSettingsFactory.createGlobalSettings()).thenReturn(pluginSettings);
        lenient().when(pluginSettings.get(anyString())).thenAnswer(call -> stored.get(call.<String>getArgument(0)));
    }

    @Test
    void usesTheDesignDefaultsWhenNothingIsStored() {
        assertThat(store().load()).isEqualTo(OkrSettings.DEFAULTS);
        assertThat(OkrSettings.DEFAULTS.mapping()).isEqualTo(Mapping.DEFAULTS);
        assertThat(OkrSettings.DEFAULTS.mapping().objectiveJql()).isEqualTo("issuetype = \"Epic\" AND labels = \"okr\"");
        assertThat(OkrSettings.DEFAULTS.mapping().kpiJql()).isEqualTo("issuetype = \"KPI\" OR labels = \"kpi\"");
        assertThat(OkrSettings.DEFAULTS.progress()).isEqualTo(ProgressSettings.DEFAULTS);
    }

    @Test
    void readsEveryStoredSetting() {
        stored.put(OkrSettingsStore.OBJECTIVE_ISSUE_TYPE, "Initiative");
        stored.put(OkrSettingsStore.OBJECTIVE_LABEL, "");
        stored.put(OkrSettingsStore.KPI_ISSUE_TYPE, "");
        stored.put(OkrSettingsStore.KPI_LABEL, "metric");
        stored.put(OkrSettingsStore.ALIGNMENT_LINK_TYPES, List.of("Supports", " Contributes to "));
        stored.put(OkrSettingsStore.EPIC_LINK_FIELD, "Parent Link");
        stored.put(OkrSettingsStore.IN_PROGRESS_WEIGHT, "0.3");
        stored.put(OkrSettingsStore.FISCAL_YEAR_START_MONTH, "7");

        OkrSettings settings = store().load();

        assertThat(settings).isEqualTo(new OkrSettings(
                new Mapping("Initiative", "", "", "metric", Set.of("Supports", "Contributes to"), "Parent Link"),
                new ProgressSettings(0.3, 7)));
        assertThat(settings.mapping().objectiveJql()).isEqualTo("issuetype = \"Initiative\"");
    }

    @Test
    void fallsBackToTheDefaultForEachInvalidValue() {
        stored.put(OkrSettingsStore.OBJECTIVE_ISSUE_TYPE, "   ");
        stored.put(OkrSettingsStore.KPI_ISSUE_TYPE, "");
        stored.put(OkrSettingsStore.KPI_LABEL, " ");
        stored.put(OkrSettingsStore.IN_PROGRESS_WEIGHT, "1.5");
        stored.put(OkrSettingsStore.FISCAL_YEAR_START_MONTH, "4.5");
        stored.put(OkrSettingsStore.ALIGNMENT_LINK_TYPES, "Supports, ,Blocks");

        OkrSettings settings = store().load();

        assertThat(settings.mapping().objectiveIssueType()).isEqualTo(Mapping.DEFAULTS.objectiveIssueType());
        assertThat(settings.mapping().kpiJql()).as("a mapping that finds no KPI is refused")
                .isEqualTo(Mapping.DEFAULTS.kpiJql());
        assertThat(settings.progress()).isEqualTo(ProgressSettings.DEFAULTS);
        assertThat(settings.mapping().alignmentLinkTypes()).containsExactlyInAnyOrder("Supports", "Blocks");
    }

    @Test
    void readsBackWhatItSaved() {
        givenWritableSettings();
        OkrSettings settings = new OkrSettings(
                new Mapping("Epic", "goal", "Metric", "", Set.of("Supports"), "Epic Link"), new ProgressSettings(0.25, 4));

        store().save(settings);

        assertThat(store().load()).isEqualTo(settings);
    }

    @Test
    void readsBackTheThresholdsAndSwitchedOffRulesItSaved() {
        givenWritableSettings();
        AdvisorSettings settings = AdvisorSettings.DEFAULTS.with(STALE_AFTER_DAYS, 21)
                .with(LATE_SHARE, 0.6).withDisabled(Set.of("too-many-key-results", "kr-unmeasurable"));

        store().saveAdvisorSettings(settings);

        assertThat(store().loadAdvisorSettings()).isEqualTo(settings);
        assertThat(stored.keySet()).allMatch(key -> key.length() <= 100);
    }

    @Test
    void usesEachThresholdsDefaultWhenItsStoredValueIsMissingOrOutOfBounds() {
        stored.put(OkrSettingsStore.THRESHOLD + STALE_AFTER_DAYS.key(), "0");
        stored.put(OkrSettingsStore.THRESHOLD + MAX_KEY_RESULTS.key(), "3.5");
        stored.put(OkrSettingsStore.THRESHOLD + LOW_CONFIDENCE.key(), "2");

        AdvisorSettings settings = store().loadAdvisorSettings();

        assertThat(settings.get(STALE_AFTER_DAYS)).isEqualTo(STALE_AFTER_DAYS.defaultValue());
        assertThat(settings.get(MAX_KEY_RESULTS)).isEqualTo(MAX_KEY_RESULTS.defaultValue());
        assertThat(settings.get(LOW_CONFIDENCE)).isEqualTo(2);
        assertThat(settings.disabledRules()).isEmpty();
    }

    @Test
    void replacesTheCustomRuleFilesAndForgetsTheOnesLeftOut() {
        givenWritableSettings();
        store().saveCustomRules(Map.of("old.drl", "rule old", "kept.drl", "rule kept"));

        store().saveCustomRules(Map.of("kept.drl", "rule kept, edited", "new.drl", "rule new"));

        assertThat(store().loadCustomRules()).containsExactly(
                Map.entry("kept.drl", "rule kept, edited"), Map.entry("new.drl", "rule new"));
        assertThat(stored).doesNotContainKey(OkrSettingsStore.CUSTOM_RULE_FILE + "old.drl");
    }

    @Test
    void refusesARuleFileLargerThanSalCanHoldAndStoresNothing() {
        String huge = "x".repeat(OkrSettingsStore.MAX_RULE_FILE_CHARS + 1);

        assertThatThrownBy(() -> store().saveCustomRules(Map.of("small.drl", "rule small", "huge.drl", huge)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("huge.drl has 99001 characters; Jira stores at most 99000: split it into smaller files");
        assertThat(OkrSettingsStore.refusal("x".repeat(OkrSettingsStore.MAX_RULE_FILE_NAME_CHARS + 1) + ".drl", ""))
                .isPresent();
        verifyNoInteractions(pluginSettings);
    }

    private void givenWritableSettings() {
        when(pluginSettings.put(anyString(), any())).thenAnswer(call -> stored.put(call.getArgument(0), call.getArgument(1)));
        lenient().when(pluginSettings.remove(anyString())).thenAnswer(call -> stored.remove(call.<String>getArgument(0)));
    }

    private OkrSettingsStore store() {
        return new OkrSettingsStore(pluginSettingsFactory);
    }
}
