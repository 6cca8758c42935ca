package com.okradvisor.settings;

import com.okradvisor.advisor.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The one vocabulary of settings, documented in {@code docs/okr-advisor.properties}: the keys of a
 * {@code --config} file, the admin form's field names and the text the plugin stores.
 */
public final class SettingsKeys {

    public static final String OBJECTIVE_ISSUE_TYPE = "objective.issueType";
    public static final String OBJECTIVE_LABEL = "objective.label";
    public static final String KPI_ISSUE_TYPE = "kpi.issueType";
    public static final String KPI_LABEL = "kpi.label";
    public static final String ALIGNMENT_LINK_TYPES = "alignment.linkTypes";
    public static final String EPIC_LINK_FIELD = "epicLink.field";
    public static final String WORK_LINK_TYPES = "work.linkTypes";
    public static final String TOP_LEVEL_LABEL = "objective.topLevelLabel";
    public static final String COMMITTED_LABEL = "objective.committedLabel";
    public static final String ASPIRATIONAL_LABEL = "objective.aspirationalLabel";
    public static final String IN_PROGRESS_WEIGHT = "progress.inProgressWeight";
    public static final String FISCAL_YEAR_START_MONTH = "progress.fiscalYearStartMonth";
    public static final String DISABLED_RULES = "rules.disabled";
    /** Plugin only: the group that may open the coach view; the command line reads it and ignores it. */
    public static final String COACH_GROUP = "coach.group";
    private static final String THRESHOLD = "threshold.";

    private SettingsKeys() {
    }

    /** {@code threshold.<key>}, e.g. {@code threshold.staleAfterDays}. */
    public static String threshold(Parameter parameter) {
        return THRESHOLD + parameter.key();
    }

    /** The parameter a {@code threshold.<key>} key sets; empty for any other key. */
    static Optional<Parameter> parameter(String key) {
        return key.startsWith(THRESHOLD) ? Parameter.fromKey(key.substring(THRESHOLD.length())) : Optional.empty();
    }

    /** Every key, in the order the documented file lists them. */
    public static List<String> all() {
        List<String> keys = new ArrayList<>(List.of(OBJECTIVE_ISSUE_TYPE, OBJECTIVE_LABEL, KPI_ISSUE_TYPE, KPI_LABEL,
                ALIGNMENT_LINK_TYPES, EPIC_LINK_FIELD, WORK_LINK_TYPES, TOP_LEVEL_LABEL, COMMITTED_LABEL, ASPIRATIONAL_LABEL, IN_PROGRESS_WEIGHT, FISCAL_YEAR_START_MONTH, DISABLED_RULES,
                COACH_GROUP));
        Arrays.stream(Parameter.values()).map(SettingsKeys::threshold).forEach(keys::add);
        return keys;
    }
}
