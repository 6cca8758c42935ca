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

import com.okradvisor.advisor.Parameter;
import com.okradvisor.model.Mapping;
import com.okradvisor.model.ObjectiveMarks;
import com.okradvisor.text.Characters;
import com.okradvisor.text.Message;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeSet;

/**
 * The one check of settings given as text by key, wherever they come from: a {@code --config} file,
 * the admin form, an imported file or the stored text. A key left out takes its default and is not
 * checked; a key given must hold a valid value. Every value is bounded, so the whole settings text
 * always fits one of Jira's plugin-settings values (99,000 characters).
 */
public final class SettingsValidator {

    /** The longest issue type, label, field or link type name: Jira's own names are at most 255. */
    public static final int MAX_NAME_CHARS = 255;
    /** The longest comma-separated list (link types, rules switched off). */
    public static final int MAX_LIST_CHARS = 10_000;

    private SettingsValidator() {
    }

    /** Every problem of {@code values} (key → text as given), in the order of {@link SettingsKeys#all()}. */
    public static List<SettingsProblem> problems(Map<String, String> values) {
        List<SettingsProblem> problems = new ArrayList<>();
        for (String key : SettingsKeys.all()) {
            String given = values.get(key);
            if (given != null) {
                check(key, given.strip()).ifPresent(message -> problems.add(new SettingsProblem(key, given, message)));
            }
        }
        if (findsNoKpi(values)) {
            for (String key : List.of(KPI_ISSUE_TYPE, KPI_LABEL)) {
                problems.add(new SettingsProblem(key, values.getOrDefault(key, ""),
                        Message.of("okr.settings.problem.kpi")));
            }
        }
        if (kindLabelsClash(values)) {
            for (String key : List.of(COMMITTED_LABEL, ASPIRATIONAL_LABEL)) {
                if (values.containsKey(key) && label(values.get(key).strip()).isEmpty()) {
                    problems.add(new SettingsProblem(key, values.get(key),
                            Message.of("okr.settings.problem.kindLabels")));
                }
            }
        }
        TreeSet<String> unknown = new TreeSet<>(values.keySet());
        SettingsKeys.all().forEach(unknown::remove);
        for (String key : unknown) {
            problems.add(new SettingsProblem(key, values.get(key),
                    Message.of("okr.settings.problem.unknownKey", String.join(", ", SettingsKeys.all()))));
        }
        return problems;
    }

    private static Optional<Message> check(String key, String value) {
        return switch (key) {
            case OBJECTIVE_ISSUE_TYPE -> value.isEmpty() ? Optional.of(Message.of("okr.settings.problem.objectiveIssueType")) : name(value);
            case EPIC_LINK_FIELD -> value.isEmpty()
                    ? Optional.of(Message.of("okr.settings.problem.epicLinkField")) : name(value);
            case OBJECTIVE_LABEL, KPI_ISSUE_TYPE, KPI_LABEL -> name(value);
            case TOP_LEVEL_LABEL, COMMITTED_LABEL, ASPIRATIONAL_LABEL -> label(value);
            case ALIGNMENT_LINK_TYPES, WORK_LINK_TYPES, DISABLED_RULES -> list(value);
            case COACH_GROUP -> group(value);
            case IN_PROGRESS_WEIGHT -> number(value, 0, 1, false);
            case FISCAL_YEAR_START_MONTH -> number(value, 1, 12, true);
            default -> {
                Parameter parameter = SettingsKeys.parameter(key).orElseThrow();
                yield number(value, parameter.min(), parameter.max(), parameter.isWhole());
            }
        };
    }

    private static boolean findsNoKpi(Map<String, String> values) {
        return values.getOrDefault(KPI_ISSUE_TYPE, Mapping.DEFAULTS.kpiIssueType()).isBlank()
                && values.getOrDefault(KPI_LABEL, Mapping.DEFAULTS.kpiLabel()).isBlank();
    }

    /**
     * Both kind labels as they would be in force name the same label: a key left out, or refused for its
     * own sake, takes its default, so settings read with the problems left out never clash.
     */
    private static boolean kindLabelsClash(Map<String, String> values) {
        return labelInForce(values, COMMITTED_LABEL, ObjectiveMarks.DEFAULTS.committedLabel())
                .equalsIgnoreCase(labelInForce(values, ASPIRATIONAL_LABEL, ObjectiveMarks.DEFAULTS.aspirationalLabel()));
    }

    private static String labelInForce(Map<String, String> values, String key, String fallback) {
        String given = values.getOrDefault(key, fallback).strip();
        return label(given).isEmpty() ? given : fallback;
    }

    /** A Jira label: not empty, no spaces (Jira refuses them), at most {@link #MAX_NAME_CHARS} characters. */
    private static Optional<Message> label(String value) {
        if (value.isEmpty()) {
            return Optional.of(Message.of("okr.settings.problem.label"));
        }
        if (value.codePoints().anyMatch(Character::isWhitespace)) {
            return Optional.of(Message.of("okr.settings.problem.labelSpaces"));
        }
        return name(value);
    }

    /**
     * A Jira group's name, or empty for none: at most {@link #MAX_NAME_CHARS} characters, no control
     * character or bidi override (a name shown on the admin page and in logs). Whether the group exists is
     * not checked: the command line cannot ask, and a group deleted later must not make the stored
     * settings invalid; a group nobody is in lets only administrators in.
     */
    private static Optional<Message> group(String value) {
        if (value.codePoints().anyMatch(Characters::isControlOrBidi)) {
            return Optional.of(Message.of("okr.settings.problem.group"));
        }
        return name(value);
    }

    private static Optional<Message> name(String value) {
        return value.length() > MAX_NAME_CHARS
                ? Optional.of(Message.of("okr.settings.problem.length", MAX_NAME_CHARS)) : Optional.empty();
    }

    private static Optional<Message> list(String value) {
        if (value.length() > MAX_LIST_CHARS) {
            return Optional.of(Message.of("okr.settings.problem.length", MAX_LIST_CHARS));
        }
        return Arrays.stream(value.split(",")).anyMatch(name -> name.strip().length() > MAX_NAME_CHARS)
                ? Optional.of(Message.of("okr.settings.problem.names", MAX_NAME_CHARS)) : Optional.empty();
    }

    private static Optional<Message> number(String value, double min, double max, boolean whole) {
        OptionalDouble parsed = Characters.number(value);
        if (parsed.isEmpty()) {
            return Optional.of(Message.of("okr.settings.problem.number"));
        }
        double number = parsed.getAsDouble();
        if (!(number >= min && number <= max)) {
            return Optional.of(Message.of("okr.settings.problem.range", plain(min), plain(max)));
        }
        return whole && number != Math.rint(number) ? Optional.of(Message.of("okr.settings.problem.whole")) : Optional.empty();
    }

    private static String plain(double number) {
        return number == Math.rint(number) ? Long.toString((long) number) : Double.toString(number);
    }
}
