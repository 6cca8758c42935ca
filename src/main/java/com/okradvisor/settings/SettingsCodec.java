package com.okradvisor.settings;

import static com.okradvisor.settings.SettingsKeys.ALIGNMENT_LINK_TYPES;
import static com.okradvisor.settings.SettingsKeys.ASPIRATIONAL_LABEL;
import static com.okradvisor.settings.SettingsKeys.COACH_GROUP;
import static com.okradvisor.settings.SettingsKeys.COMMITTED_LABEL;
import static com.okradvisor.settings.SettingsKeys.DISABLED_RULES;
import static com.okradvisor.settings.SettingsKeys.EPIC_LINK_FIELD;
import static com.okradvisor.settings.SettingsKeys.FISCAL_YEAR_START_MONTH;
import static com.okradvisor.settings.SettingsKeys.IN_PROGRESS_WEIGHT;
import static com.okradvisor.settings.SettingsKeys.KPI_ISSUE_TYPE;
import static com.okradvisor.settings.SettingsKeys.KPI_LABEL;
import static com.okradvisor.settings.SettingsKeys.OBJECTIVE_ISSUE_TYPE;
import static com.okradvisor.settings.SettingsKeys.OBJECTIVE_LABEL;
import static com.okradvisor.settings.SettingsKeys.TOP_LEVEL_LABEL;
import static com.okradvisor.settings.SettingsKeys.WORK_LINK_TYPES;

import com.okradvisor.advisor.AdvisorSettings;
import com.okradvisor.advisor.Parameter;
import com.okradvisor.model.Mapping;
import com.okradvisor.model.ObjectiveMarks;
import com.okradvisor.progress.ProgressSettings;
import com.okradvisor.text.Characters;
import com.okradvisor.text.Message;
import java.io.IOException;
import java.io.StringReader;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * {@link OkrSettings} to and from the keys of {@link SettingsKeys}, as values by key (the admin form)
 * or as .properties text (a {@code --config} file, an export, the stored value). Reading never fails:
 * a value {@link SettingsValidator} refuses is left at its default and reported, so each caller decides
 * what a problem means.
 */
public final class SettingsCodec {

    private static final String HEADER = "# OKR Advisor settings: the --config file of `okr-advisor check|scan`;"
            + " the admin page exports and imports it.\n";

    private SettingsCodec() {
    }

    /**
     * The settings a text asks for and its problems.
     *
     * @param settings the values given and valid, the defaults for the rest
     * @param problems every value refused, in key order; empty when the text is valid
     */
    public record Decoded(OkrSettings settings, List<SettingsProblem> problems) {

        public Decoded {
            problems = List.copyOf(problems);
        }
    }

    /** The settings in .properties {@code text}; text that is no .properties at all is one problem with an empty key. */
    public static Decoded read(String text) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(text));
        } catch (IOException | IllegalArgumentException e) {
            Message unreadable = Message.of("okr.settings.problem.unreadable", Characters.printable(String.valueOf(e.getMessage())));
            return new Decoded(OkrSettings.DEFAULTS, List.of(new SettingsProblem("", "", unreadable)));
        }
        Map<String, String> values = new HashMap<>();
        properties.stringPropertyNames().forEach(key -> values.put(key, properties.getProperty(key)));
        return read(values);
    }

    /** The settings {@code values} (key → text as given) ask for; a key left out takes its default. */
    public static Decoded read(Map<String, String> values) {
        List<SettingsProblem> problems = SettingsValidator.problems(values);
        Map<String, String> valid = new HashMap<>(values);
        problems.forEach(problem -> valid.remove(problem.key()));
        Mapping defaults = Mapping.DEFAULTS;
        Mapping mapping = new Mapping(
                text(valid, OBJECTIVE_ISSUE_TYPE, defaults.objectiveIssueType()),
                text(valid, OBJECTIVE_LABEL, defaults.objectiveLabel()),
                text(valid, KPI_ISSUE_TYPE, defaults.kpiIssueType()),
                text(valid, KPI_LABEL, defaults.kpiLabel()),
                names(valid.getOrDefault(ALIGNMENT_LINK_TYPES, "")),
                text(valid, EPIC_LINK_FIELD, defaults.epicLinkField()),
                names(valid.getOrDefault(WORK_LINK_TYPES, "")),
                new ObjectiveMarks(
                        text(valid, TOP_LEVEL_LABEL, defaults.marks().topLevelLabel()),
                        text(valid, COMMITTED_LABEL, defaults.marks().committedLabel()),
                        text(valid, ASPIRATIONAL_LABEL, defaults.marks().aspirationalLabel())));
        ProgressSettings progress = new ProgressSettings(
                number(valid, IN_PROGRESS_WEIGHT, ProgressSettings.DEFAULTS.inProgressWeight()),
                (int) number(valid, FISCAL_YEAR_START_MONTH, ProgressSettings.DEFAULTS.fiscalYearStartMonth()));
        AdvisorSettings advisor = AdvisorSettings.DEFAULTS.withProgress(progress)
                .withDisabled(names(valid.getOrDefault(DISABLED_RULES, "")));
        for (Parameter parameter : Parameter.values()) {
            String key = SettingsKeys.threshold(parameter);
            if (valid.containsKey(key)) {
                advisor = advisor.with(parameter, number(valid, key, parameter.defaultValue()));
            }
        }
        return new Decoded(new OkrSettings(mapping, advisor, text(valid, COACH_GROUP, "")), problems);
    }

    /** Every value of {@code settings} as text by key, in the order of {@link SettingsKeys#all()}; reads back equal. */
    public static Map<String, String> values(OkrSettings settings) {
        Mapping mapping = settings.mapping();
        AdvisorSettings advisor = settings.advisor();
        Map<String, String> values = new LinkedHashMap<>();
        values.put(OBJECTIVE_ISSUE_TYPE, mapping.objectiveIssueType());
        values.put(OBJECTIVE_LABEL, mapping.objectiveLabel());
        values.put(KPI_ISSUE_TYPE, mapping.kpiIssueType());
        values.put(KPI_LABEL, mapping.kpiLabel());
        values.put(ALIGNMENT_LINK_TYPES, String.join(", ", mapping.alignmentLinkTypes()));
        values.put(EPIC_LINK_FIELD, mapping.epicLinkField());
        values.put(WORK_LINK_TYPES, String.join(", ", mapping.workLinkTypes()));
        values.put(TOP_LEVEL_LABEL, mapping.marks().topLevelLabel());
        values.put(COMMITTED_LABEL, mapping.marks().committedLabel());
        values.put(ASPIRATIONAL_LABEL, mapping.marks().aspirationalLabel());
        values.put(IN_PROGRESS_WEIGHT, Double.toString(settings.progress().inProgressWeight()));
        values.put(FISCAL_YEAR_START_MONTH, Integer.toString(settings.progress().fiscalYearStartMonth()));
        values.put(DISABLED_RULES, String.join(", ", advisor.disabledRules()));
        values.put(COACH_GROUP, settings.coachGroup());
        for (Parameter parameter : Parameter.values()) {
            values.put(SettingsKeys.threshold(parameter), parameter.format(advisor.get(parameter)));
        }
        return values;
    }

    /** {@code settings} as a {@code --config} file: every key, one per line; {@link #read(String)} reads back equal settings. */
    public static String write(OkrSettings settings) {
        return write(values(settings));
    }

    /** {@code values} (key → text, valid or not) as .properties text, in their order; {@link #read(String)} reads them back. */
    public static String write(Map<String, String> values) {
        StringBuilder text = new StringBuilder(HEADER);
        values.forEach((key, value) -> text.append(key).append(" = ").append(escaped(value)).append('\n'));
        return text.toString();
    }

    private static String text(Map<String, String> values, String key, String fallback) {
        return values.getOrDefault(key, fallback).strip();
    }

    private static double number(Map<String, String> values, String key, double fallback) {
        String text = values.get(key);
        return text == null ? fallback : Characters.number(text).orElse(fallback);
    }

    private static Set<String> names(String text) {
        return Arrays.stream(text.split(",")).map(String::strip).filter(name -> !name.isEmpty())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** {@code value} as a .properties value: backslashes and line breaks escaped (leading spaces are stripped on reading anyway). */
    private static String escaped(String value) {
        StringBuilder out = new StringBuilder();
        for (char c : value.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\f' -> out.append("\\f");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
