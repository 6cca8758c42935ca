package com.okradvisor.jira;

import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import com.okradvisor.model.Mapping;
import com.okradvisor.progress.ProgressSettings;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.inject.Inject;
import javax.inject.Named;

/**
 * The {@link OkrSettings} in SAL's global plugin settings, which live in Jira's database and so hold
 * on every node of a cluster. A missing or invalid stored value falls back to its DESIGN.md §2
 * default, field by field; a mapping that would select no KPIs falls back to the default KPI selection.
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
