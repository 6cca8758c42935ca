package com.okradvisor.jira;

import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import com.okradvisor.advisor.AdvisorSettings;
import com.okradvisor.advisor.Parameter;
import com.okradvisor.model.Mapping;
import com.okradvisor.progress.ProgressSettings;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.inject.Inject;
import javax.inject.Named;

/**
 * The {@link OkrSettings} in SAL's global plugin settings, which live in Jira's database and so hold
 * on every node of a cluster. A missing or invalid stored value falls back to its DESIGN.md §2
 * default, field by field; a mapping that would select no KPIs falls back to the default KPI selection.
 * The admin page's settings live here too: thresholds, rules switched off, and custom DRL files, each
 * within SAL's limits (keys of at most 100 characters, values of at most 99,000).
 */
@Named
public class OkrSettingsStore {

    static final String PREFIX = "com.okradvisor.okr-advisor.";
    static final String OBJECTIVE_ISSUE_TYPE = PREFIX + "objective.issueType";
    static final String OBJECTIVE_LABEL = PREFIX + "objective.label";
    static final String KPI_ISSUE_TYPE = PREFIX + "kpi.issueType";
    static final String KPI_LABEL = PREFIX + "kpi.label";
    static final String ALIGNMENT_LINK_TYPES = PREFIX + "alignment.linkTypes";
    static final String EPIC_LINK_FIELD = PREFIX + "epicLink.field";
    static final String IN_PROGRESS_WEIGHT = PREFIX + "progress.inProgressWeight";
    static final String FISCAL_YEAR_START_MONTH = PREFIX + "progress.fiscalYearStartMonth";
    static final String THRESHOLD = PREFIX + "threshold.";
    static final String DISABLED_RULES = PREFIX + "rules.disabled";
    static final String CUSTOM_RULE_FILES = PREFIX + "rules.custom";
    static final String CUSTOM_RULE_FILE = CUSTOM_RULE_FILES + ".";
    /** SAL's limit on a value's length; a custom DRL file longer than this cannot be stored. */
    public static final int MAX_RULE_FILE_CHARS = 99_000;
    /** SAL keys hold at most 100 characters; a custom file's name is part of its key. */
    public static final int MAX_RULE_FILE_NAME_CHARS = 100 - CUSTOM_RULE_FILE.length();

    private final PluginSettingsFactory pluginSettingsFactory;

    @Inject
    public OkrSettingsStore(PluginSettingsFactory pluginSettingsFactory) {
        this.pluginSettingsFactory = pluginSettingsFactory;
    }

    public OkrSettings load() {
        PluginSettings stored = pluginSettingsFactory.createGlobalSettings();
        Mapping defaults = Mapping.DEFAULTS;
        String kpiIssueType = optionalText(stored.get(KPI_ISSUE_TYPE), defaults.kpiIssueType());
        String kpiLabel = optionalText(stored.get(KPI_LABEL), defaults.kpiLabel());
        if (kpiIssueType.isEmpty() && kpiLabel.isEmpty()) {
            kpiIssueType = defaults.kpiIssueType();
            kpiLabel = defaults.kpiLabel();
        }
        Mapping mapping = new Mapping(
                text(stored.get(OBJECTIVE_ISSUE_TYPE), defaults.objectiveIssueType()),
                optionalText(stored.get(OBJECTIVE_LABEL), defaults.objectiveLabel()),
                kpiIssueType,
                kpiLabel,
                names(stored.get(ALIGNMENT_LINK_TYPES)),
                text(stored.get(EPIC_LINK_FIELD), defaults.epicLinkField()));
        ProgressSettings progressDefaults = ProgressSettings.DEFAULTS;
        double weight = number(stored.get(IN_PROGRESS_WEIGHT), progressDefaults.inProgressWeight(), 0, 1);
        double month = number(stored.get(FISCAL_YEAR_START_MONTH), progressDefaults.fiscalYearStartMonth(), 1, 12);
        return new OkrSettings(mapping, new ProgressSettings(weight,
                month == Math.rint(month) ? (int) month : progressDefaults.fiscalYearStartMonth()));
    }

    /** Stores every value of {@code settings}; {@link #load()} reads back an equal value. */
    public void save(OkrSettings settings) {
        PluginSettings stored = pluginSettingsFactory.createGlobalSettings();
        Mapping mapping = settings.mapping();
        stored.put(OBJECTIVE_ISSUE_TYPE, mapping.objectiveIssueType());
        stored.put(OBJECTIVE_LABEL, mapping.objectiveLabel());
        stored.put(KPI_ISSUE_TYPE, mapping.kpiIssueType());
        stored.put(KPI_LABEL, mapping.kpiLabel());
        stored.put(ALIGNMENT_LINK_TYPES, new ArrayList<>(mapping.alignmentLinkTypes()));
        stored.put(EPIC_LINK_FIELD, mapping.epicLinkField());
        stored.put(IN_PROGRESS_WEIGHT, String.valueOf(settings.progress().inProgressWeight()));
        stored.put(FISCAL_YEAR_START_MONTH, String.valueOf(settings.progress().fiscalYearStartMonth()));
    }

    /** The thresholds and switched-off rules an admin stored, with {@link #load()}'s progress settings. */
    public AdvisorSettings loadAdvisorSettings() {
        PluginSettings stored = pluginSettingsFactory.createGlobalSettings();
        AdvisorSettings settings = AdvisorSettings.DEFAULTS;
        for (Parameter parameter : Parameter.values()) {
            double value = number(stored.get(THRESHOLD + parameter.key()), parameter.defaultValue(),
                    parameter.min(), parameter.max());
            if (!parameter.isWhole() || value == Math.rint(value)) {
                settings = settings.with(parameter, value);
            }
        }
        return settings.withDisabled(names(stored.get(DISABLED_RULES))).withProgress(load().progress());
    }

    /** Stores the thresholds and the switched-off rules of {@code settings} (not its progress settings). */
    public void saveAdvisorSettings(AdvisorSettings settings) {
        PluginSettings stored = pluginSettingsFactory.createGlobalSettings();
        for (Parameter parameter : Parameter.values()) {
            stored.put(THRESHOLD + parameter.key(), parameter.format(settings.get(parameter)));
        }
        stored.put(DISABLED_RULES, new ArrayList<>(settings.disabledRules()));
    }

    /** The custom DRL files by name, file name → DRL text; a listed file whose text is missing is left out. */
    public Map<String, String> loadCustomRules() {
        PluginSettings stored = pluginSettingsFactory.createGlobalSettings();
        Map<String, String> files = new LinkedHashMap<>();
        for (String name : names(stored.get(CUSTOM_RULE_FILES))) {
            if (stored.get(CUSTOM_RULE_FILE + name) instanceof String text) {
                files.put(name, text);
            }
        }
        return files;
    }

    /**
     * Replaces the stored custom DRL files with {@code files}. Check each with {@link #refusal} first:
     * this refuses the whole set, storing nothing, when one file cannot be stored.
     *
     * @throws IllegalArgumentException when a file's name or text exceeds SAL's limits
     */
    public void saveCustomRules(Map<String, String> files) {
        files.forEach((name, text) -> refusal(name, text).ifPresent(reason -> {
            throw new IllegalArgumentException(reason);
        }));
        PluginSettings stored = pluginSettingsFactory.createGlobalSettings();
        for (String old : names(stored.get(CUSTOM_RULE_FILES))) {
            if (!files.containsKey(old)) {
                stored.remove(CUSTOM_RULE_FILE + old);
            }
        }
        files.forEach((name, text) -> stored.put(CUSTOM_RULE_FILE + name, text));
        stored.put(CUSTOM_RULE_FILES, new ArrayList<>(files.keySet()));
    }

    /** Why a custom rule file cannot be stored in SAL's plugin settings, or empty when it can. */
    public static Optional<String> refusal(String name, String text) {
        if (name.length() > MAX_RULE_FILE_NAME_CHARS) {
            return Optional.of("the file name " + name + " is longer than " + MAX_RULE_FILE_NAME_CHARS + " characters");
        }
        if (text.length() > MAX_RULE_FILE_CHARS) {
            return Optional.of(name + " has " + text.length() + " characters; Jira stores at most " + MAX_RULE_FILE_CHARS
                    + ": split it into smaller files");
        }
        return Optional.empty();
    }

    /** A value that must not be blank: the default when it is missing or blank. */
    private static String text(Object value, String fallback) {
        return value instanceof String text && !text.isBlank() ? text.strip() : fallback;
    }

    /** A value that may be empty on purpose (e.g. no objective label: every epic): the default only when missing. */
    private static String optionalText(Object value, String fallback) {
        return value instanceof String text ? text.strip() : fallback;
    }

    /** A set of link type names, stored as SAL stores lists, or as one comma-separated text. */
    private static Set<String> names(Object value) {
        Collection<String> names = List.of();
        if (value instanceof List<?> list) {
            names = list.stream().map(String::valueOf).toList();
        } else if (value instanceof String text) {
            names = Arrays.asList(text.split(","));
        }
        Set<String> cleaned = new TreeSet<>();
        names.stream().map(String::strip).filter(name -> !name.isEmpty()).forEach(cleaned::add);
        return cleaned;
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
