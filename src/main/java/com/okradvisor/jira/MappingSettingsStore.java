package com.okradvisor.jira;

import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import com.okradvisor.progress.ProgressSettings;
import java.util.Arrays;
import java.util.List;
import javax.inject.Inject;
import javax.inject.Named;

/**
 * The mapping settings in SAL's global plugin settings, which live in Jira's database and so hold on
 * every node of a cluster. A missing or invalid stored value falls back to its default, field by field.
 */
@Named
public class MappingSettingsStore {

    static final String PREFIX = "com.okradvisor.okr-advisor.";
    static final String OBJECTIVE_JQL = PREFIX + "objectiveJql";
    static final String KPI_JQL = PREFIX + "kpiJql";
    static final String ALIGNMENT_LINK_TYPES = PREFIX + "alignmentLinkTypes";
    static final String IN_PROGRESS_WEIGHT = PREFIX + "inProgressWeight";
    static final String FISCAL_YEAR_START_MONTH = PREFIX + "fiscalYearStartMonth";

    private final PluginSettingsFactory pluginSettingsFactory;

    @Inject
    public MappingSettingsStore(PluginSettingsFactory pluginSettingsFactory) {
        this.pluginSettingsFactory = pluginSettingsFactory;
    }

    public MappingSettings load() {
        PluginSettings stored = pluginSettingsFactory.createGlobalSettings();
        MappingSettings defaults = MappingSettings.DEFAULTS;
        double weight = number(stored.get(IN_PROGRESS_WEIGHT), defaults.progress().inProgressWeight(), 0, 1);
        double month = number(stored.get(FISCAL_YEAR_START_MONTH), defaults.progress().fiscalYearStartMonth(), 1, 12);
        return new MappingSettings(
                text(stored.get(OBJECTIVE_JQL), defaults.objectiveJql()),
                text(stored.get(KPI_JQL), defaults.kpiJql()),
                names(stored.get(ALIGNMENT_LINK_TYPES)),
                new ProgressSettings(weight, month == Math.rint(month) ? (int) month : defaults.progress().fiscalYearStartMonth()));
    }

    private static String text(Object value, String fallback) {
        return value instanceof String text && !text.isBlank() ? text : fallback;
    }

    /** A list of link type names, stored as SAL stores lists, or as one comma-separated text. */
    private static List<String> names(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).map(String::strip).filter(name -> !name.isEmpty()).toList();
        }
        if (value instanceof String text) {
            return Arrays.stream(text.split(",")).map(String::strip).filter(name -> !name.isEmpty()).toList();
        }
        return List.of();
    }

    private static double number(Object value, double fallback, double min, double max) {
        if (!(value instanceof String text)) {
            return fallback;
        }
        try {
            double number = Double.parseDouble(text.strip());
            return number >= min && number <= max ? number : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
