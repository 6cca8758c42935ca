package com.okradvisor.jira;

import com.okradvisor.advisor.AdvisorSettings;
import com.okradvisor.advisor.Parameter;
import com.okradvisor.advisor.RuleCatalogue;
import com.okradvisor.advisor.RuleEntry;
import com.okradvisor.model.Mapping;
import com.okradvisor.progress.ProgressSettings;
import com.okradvisor.report.AdminField;
import com.okradvisor.report.AdminPageModel;
import com.okradvisor.report.RuleSwitch;
import com.okradvisor.report.ThresholdRow;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.servlet.http.HttpServletRequest;

/**
 * The admin page's form: the values it shows, and when posted, the settings it asks for or the errors
 * that refuse them. Every value is checked before anything is saved, so a change is all or nothing.
 */
final class AdminForm {

    static final String OBJECTIVE_ISSUE_TYPE = "objectiveIssueType";
    static final String OBJECTIVE_LABEL = "objectiveLabel";
    static final String KPI_ISSUE_TYPE = "kpiIssueType";
    static final String KPI_LABEL = "kpiLabel";
    static final String ALIGNMENT_LINK_TYPES = "alignmentLinkTypes";
    static final String EPIC_LINK_FIELD = "epicLinkField";
    static final String IN_PROGRESS_WEIGHT = "inProgressWeight";
    static final String FISCAL_YEAR_START_MONTH = "fiscalYearStartMonth";
    static final String THRESHOLD = "threshold.";
    static final String ENABLED_RULE = "enabledRule";
    static final String NEW_RULE_FILE_NAME = "newRuleFileName";
    static final String NEW_RULE_FILE_TEXT = "newRuleFileText";
    static final String REMOVE_RULE_FILE = "removeRuleFile";

    private final Map<String, String> values;
    private final Map<String, String> errors;
    private final Set<String> disabledRules;
    private final Set<String> removedRuleFiles;

    private AdminForm(Map<String, String> values, Map<String, String> errors, Set<String> disabledRules,
            Set<String> removedRuleFiles) {
        this.values = values;
        this.errors = errors;
        this.disabledRules = disabledRules;
        this.removedRuleFiles = removedRuleFiles;
    }

    /** The form filled with the stored settings. */
    static AdminForm of(OkrSettings settings, AdvisorSettings advisorSettings) {
        Mapping mapping = settings.mapping();
        Map<String, String> values = new HashMap<>();
        values.put(OBJECTIVE_ISSUE_TYPE, mapping.objectiveIssueType());
        values.put(OBJECTIVE_LABEL, mapping.objectiveLabel());
        values.put(KPI_ISSUE_TYPE, mapping.kpiIssueType());
        values.put(KPI_LABEL, mapping.kpiLabel());
        values.put(ALIGNMENT_LINK_TYPES, String.join(", ", mapping.alignmentLinkTypes()));
        values.put(EPIC_LINK_FIELD, mapping.epicLinkField());
        values.put(IN_PROGRESS_WEIGHT, String.valueOf(settings.progress().inProgressWeight()));
        values.put(FISCAL_YEAR_START_MONTH, String.valueOf(settings.progress().fiscalYearStartMonth()));
        for (Parameter parameter : Parameter.values()) {
            values.put(THRESHOLD + parameter.key(), parameter.format(advisorSettings.get(parameter)));
        }
        return new AdminForm(values, Map.of(), advisorSettings.disabledRules(), Set.of());
    }

    /** The posted form, checked field by field; a rule of {@code catalogue} left unticked is switched off. */
    static AdminForm read(HttpServletRequest request, RuleCatalogue catalogue) {
        Map<String, String> values = new HashMap<>();
        for (String name : List.of(OBJECTIVE_ISSUE_TYPE, OBJECTIVE_LABEL, KPI_ISSUE_TYPE, KPI_LABEL, ALIGNMENT_LINK_TYPES,
                EPIC_LINK_FIELD, IN_PROGRESS_WEIGHT, FISCAL_YEAR_START_MONTH, NEW_RULE_FILE_NAME, NEW_RULE_FILE_TEXT)) {
            values.put(name, parameter(request, name));
        }
        for (Parameter parameter : Parameter.values()) {
            values.put(THRESHOLD + parameter.key(), parameter(request, THRESHOLD + parameter.key()));
        }
        Set<String> enabled = parameters(request, ENABLED_RULE);
        Set<String> disabled = catalogue.entries().stream().map(RuleEntry::key)
                .filter(key -> !enabled.contains(key)).collect(Collectors.toCollection(TreeSet::new));
        AdminForm form = new AdminForm(values, new LinkedHashMap<>(), disabled, parameters(request, REMOVE_RULE_FILE));
        form.check();
        return form;
    }

    boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** The mapping and progress settings asked for; only when {@link #hasErrors()} is false. */
    OkrSettings okrSettings() {
        return new OkrSettings(
                new Mapping(text(OBJECTIVE_ISSUE_TYPE), text(OBJECTIVE_LABEL), text(KPI_ISSUE_TYPE), text(KPI_LABEL),
                        linkTypes(), text(EPIC_LINK_FIELD)),
                new ProgressSettings(Double.parseDouble(text(IN_PROGRESS_WEIGHT)),
                        (int) Double.parseDouble(text(FISCAL_YEAR_START_MONTH))));
    }

    /** The thresholds and switched-off rules asked for; only when {@link #hasErrors()} is false. */
    AdvisorSettings advisorSettings() {
        AdvisorSettings settings = AdvisorSettings.DEFAULTS.withDisabled(disabledRules);
        for (Parameter parameter : Parameter.values()) {
            settings = settings.with(parameter, Double.parseDouble(text(THRESHOLD + parameter.key())));
        }
        return settings;
    }

    /** True when the form adds, replaces or removes a custom rule file. */
    boolean changesCustomRules() {
        return !text(NEW_RULE_FILE_NAME).isEmpty() || !text(NEW_RULE_FILE_TEXT).isBlank() || !removedRuleFiles.isEmpty();
    }

    /** {@code stored} with the posted file added or replaced and the ticked files removed. */
    Map<String, String> customRules(Map<String, String> stored) {
        Map<String, String> files = new LinkedHashMap<>(stored);
        removedRuleFiles.forEach(files::remove);
        if (!text(NEW_RULE_FILE_NAME).isEmpty()) {
            files.put(text(NEW_RULE_FILE_NAME), values.get(NEW_RULE_FILE_TEXT));
        }
        return files;
    }

    /** The inputs as the page shows them, each with its error. */
    AdminPageModel.Fields fields() {
        return new AdminPageModel.Fields(field(OBJECTIVE_ISSUE_TYPE), field(OBJECTIVE_LABEL), field(KPI_ISSUE_TYPE),
                field(KPI_LABEL), field(ALIGNMENT_LINK_TYPES), field(EPIC_LINK_FIELD), field(IN_PROGRESS_WEIGHT),
                field(FISCAL_YEAR_START_MONTH), field(NEW_RULE_FILE_NAME), field(NEW_RULE_FILE_TEXT));
    }

    List<ThresholdRow> thresholdRows() {
        return Arrays.stream(Parameter.values())
                .map(parameter -> new ThresholdRow(parameter, field(THRESHOLD + parameter.key())))
                .toList();
    }

    List<RuleSwitch> ruleSwitches(RuleCatalogue catalogue) {
        return catalogue.entries().stream().map(rule -> new RuleSwitch(rule, !disabledRules.contains(rule.key()))).toList();
    }

    private void check() {
        if (text(OBJECTIVE_ISSUE_TYPE).isEmpty()) {
            errors.put(OBJECTIVE_ISSUE_TYPE, "Enter the issue type of objectives.");
        }
        if (text(KPI_ISSUE_TYPE).isEmpty() && text(KPI_LABEL).isEmpty()) {
            errors.put(KPI_ISSUE_TYPE, "Enter an issue type or a label for KPIs, or both.");
        }
        if (text(EPIC_LINK_FIELD).isEmpty()) {
            errors.put(EPIC_LINK_FIELD, "Enter the name of the field that links an issue to its epic.");
        }
        checkNumber(IN_PROGRESS_WEIGHT, 0, 1, false);
        checkNumber(FISCAL_YEAR_START_MONTH, 1, 12, true);
        for (Parameter parameter : Parameter.values()) {
            checkNumber(THRESHOLD + parameter.key(), parameter.min(), parameter.max(), parameter.isWhole());
        }
        checkNewRuleFile();
    }

    private void checkNumber(String name, double min, double max, boolean whole) {
        double number;
        try {
            number = Double.parseDouble(text(name));
        } catch (NumberFormatException e) {
            errors.put(name, "Enter a number.");
            return;
        }
        if (!(number >= min && number <= max)) {
            errors.put(name, "Enter a number from " + plain(min) + " to " + plain(max) + ".");
        } else if (whole && number != Math.rint(number)) {
            errors.put(name, "Enter a whole number.");
        }
    }

    private void checkNewRuleFile() {
        String name = text(NEW_RULE_FILE_NAME);
        String drl = values.get(NEW_RULE_FILE_TEXT);
        if (name.isEmpty() && !drl.isBlank()) {
            errors.put(NEW_RULE_FILE_NAME, "Name the rule file, e.g. team-rules.drl.");
        } else if (!name.isEmpty() && drl.isBlank()) {
            errors.put(NEW_RULE_FILE_TEXT, "Paste the rules of " + name + ".");
        } else if (!name.isEmpty()) {
            OkrSettingsStore.refusal(name, drl).ifPresent(reason -> errors.put(NEW_RULE_FILE_TEXT, reason));
        }
    }

    private AdminField field(String name) {
        return new AdminField(name, values.get(name), errors.get(name));
    }

    private String text(String name) {
        return values.getOrDefault(name, "").strip();
    }

    private Set<String> linkTypes() {
        return Arrays.stream(text(ALIGNMENT_LINK_TYPES).split(",")).map(String::strip).filter(type -> !type.isEmpty())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static String plain(double number) {
        return number == Math.rint(number) ? Long.toString((long) number) : Double.toString(number);
    }

    private static String parameter(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        return value == null ? "" : value;
    }

    private static Set<String> parameters(HttpServletRequest request, String name) {
        String[] values = request.getParameterValues(name);
        return values == null ? Set.of() : new TreeSet<>(Arrays.asList(values));
    }
}
