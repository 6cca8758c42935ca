package com.okradvisor.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import com.okradvisor.progress.ProgressSettings;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class MappingSettingsStoreTest {

    private final Map<String, Object> stored = new HashMap<>();

    @Mock
    private PluginSettingsFactory pluginSettingsFactory;
    @Mock
    private PluginSettings pluginSettings;

    @BeforeEach
    void givenGlobalSettings() {
        when(pluginSettingsFactory.createGlobalSettings()).thenReturn(pluginSettings);
        when(pluginSettings.get(anyString())).thenAnswer(call -> stored.get(call.<String>getArgument(0)));
    }

    @Test
    void usesTheDesignDefaultsWhenNothingIsStored() {
        assertThat(store().load()).isEqualTo(MappingSettings.DEFAULTS);
        assertThat(MappingSettings.DEFAULTS.objectiveJql()).isEqualTo("issuetype = Epic AND labels = okr");
        assertThat(MappingSettings.DEFAULTS.progress()).isEqualTo(ProgressSettings.DEFAULTS);
    }

    @Test
    void readsEveryStoredSetting() {
        stored.put(MappingSettingsStore.OBJECTIVE_JQL, "project = GRO AND issuetype = Epic");
        stored.put(MappingSettingsStore.KPI_JQL, "labels = metric");
        stored.put(MappingSettingsStore.ALIGNMENT_LINK_TYPES, List.of("Supports", " Contributes to "));
        stored.put(MappingSettingsStore.IN_PROGRESS_WEIGHT, "0.3");
        stored.put(MappingSettingsStore.FISCAL_YEAR_START_MONTH, "7");

        MappingSettings settings = store().load();

        assertThat(settings).isEqualTo(new MappingSettings("project = GRO AND issuetype = Epic", "labels = metric",
                List.of("Supports", "Contributes to"), new ProgressSettings(0.3, 7)));
    }

    @Test
    void fallsBackToTheDefaultForEachInvalidValue() {
        stored.put(MappingSettingsStore.OBJECTIVE_JQL, "   ");
        stored.put(MappingSettingsStore.IN_PROGRESS_WEIGHT, "1.5");
        stored.put(MappingSettingsStore.FISCAL_YEAR_START_MONTH, "4.5");
        stored.put(MappingSettingsStore.ALIGNMENT_LINK_TYPES, "Supports, ,Blocks");

        MappingSettings settings = store().load();

        assertThat(settings.objectiveJql()).isEqualTo(MappingSettings.DEFAULT_OBJECTIVE_JQL);
        assertThat(settings.progress()).isEqualTo(ProgressSettings.DEFAULTS);
        assertThat(settings.alignmentLinkTypes()).containsExactly("Supports", "Blocks");
    }

    private MappingSettingsStore store() {
        return new MappingSettingsStore(pluginSettingsFactory);
    }
}
