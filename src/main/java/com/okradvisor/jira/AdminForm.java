package com.okradvisor.jira;

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

import com.atlassian.sal.api.message.I18nResolver;
import com.okradvisor.advisor.Parameter;
import com.okradvisor.advisor.RuleCatalogue;
import com.okradvisor.advisor.RuleEntry;
import com.okradvisor.jira.view.AdminField;
import com.okradvisor.jira.view.AdminPageModel;
import com.okradvisor.jira.view.RuleSwitch;
import com.okradvisor.jira.view.ThresholdRow;
import com.okradvisor.settings.OkrSettings;
import com.okradvisor.settings.SettingsCodec;
import com.okradvisor.settings.SettingsKeys;
import com.okradvisor.settings.SettingsProblem;
import com.okradvisor.text.Message;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.servlet.http.HttpServletRequest;

/**
 * The admin page's forms: the values they show, and when posted, the settings they ask for or the
 * problems that refuse them. The settings' inputs are named by the keys of the {@code --config} file
 * and checked by the same validator; nothing is saved unless every value is valid.
 */
final class AdminForm {

    static final String ENABLED_RULE = "enabledRule";
    static final String NEW_RULE_FILE_NAME = "newRuleFileName";
    static final String NEW_RULE_FILE_TEXT = "newRuleFileText";
    static final String REMOVE_RULE_FILE = "removeRuleFile";
    static final String IMPORT_TEXT = "importText";

    private final Map<String, String> values;
    private final Map<String, String> errors;
    private final OkrSettings settings;
    private final Set<String> removedRuleFiles;
    private final AdminPageModel.Notices notices;

    private AdminForm(Map<String, String> values, Map<String, String> errors, OkrSettings settings,
            Set<String> removedRuleFiles, AdminPageModel.Notices notices) {
        this.values = values;
        this.errors = errors;
        this.settings = settings;
        this.removedRuleFiles = removedRuleFiles;
        this.notices = notices;
    }

    /** The form filled with the settings in force, saying which stored values were refused. */
    static AdminForm of(SettingsCodec.Decoded stored, I18nResolver i18n) {
        return new AdminForm(new HashMap<>(SettingsCodec.values(stored.settings())), Map.of(), stored.settings(), Set.of(),
                new AdminPageModel.Notices(lines(stored.problems(), i18n), List.of()));
    }

    /** The form filled with the settings in force, and beside it the imported text refused for {@code problems}. */
    static AdminForm refusedImport(OkrSettings inForce, String text, List<SettingsProblem> problems, I18nResolver i18n) {
        Map<String, String> values = new HashMap<>(SettingsCodec.values(inForce));
        values.put(IMPORT_TEXT, text);
        return new AdminForm(values, Map.of(), inForce, Set.of(), new AdminPageModel.Notices(List.of(), lines(problems, i18n)));
    }

    /** The posted form, checked field by field; a rule of {@code catalogue} left unticked is switched off. */
    static AdminForm read(HttpServletRequest request, RuleCatalogue catalogue, I18nResolver i18n) {
        Map<String, String> settingsValues = new HashMap<>();
        SettingsKeys.all().forEach(key -> settingsValues.put(key, parameter(request, key)));
        Set<String> enabled = parameters(request, ENABLED_RULE);
        settingsValues.put(DISABLED_RULES, catalogue.entries().stream().map(RuleEntry::key)
                .filter(key -> !enabled.contains(key)).collect(Collectors.joining(",")));
        SettingsCodec.Decoded asked = SettingsCodec.read(settingsValues);
        Map<String, String> errors = new HashMap<>();
        asked.problems().forEach(problem -> errors.putIfAbsent(problem.key(), Messages.text(i18n, problem.text())));
        Map<String, String> values = new HashMap<>(settingsValues);
        values.put(NEW_RULE_FILE_NAME, parameter(request, NEW_RULE_FILE_NAME));
        values.put(NEW_RULE_FILE_TEXT, parameter(request, NEW_RULE_FILE_TEXT));
        newRuleFileError(values, i18n).ifPresent(error -> errors.put(error.getKey(), error.getValue()));
        return new AdminForm(values, errors, asked.settings(), parameters(request, REMOVE_RULE_FILE),
                new AdminPageModel.Notices(List.of(), List.of()));
    }

    boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** The settings asked for; only when {@link #hasErrors()} is false. */
    OkrSettings settings() {
        return settings;
    }

    /** True when the form adds, replaces or removes a custom rule file. */
    boolean changesCustomRules() {
        return !text(NEW_RULE_FILE_NAME).isEmpty() || !text(NEW_RULE_FILE_TEXT).isBlank() || !removedRuleFiles.isEmpty();
    }

    /** The posted file added or replaced and the ticked files removed; empty when the form changes no rule file. */
    OkrAdministration.RuleFilesChange ruleFilesChange() {
        Map<String, String> put = text(NEW_RULE_FILE_NAME).isEmpty() ? Map.of()
                : Map.of(text(NEW_RULE_FILE_NAME), values.get(NEW_RULE_FILE_TEXT));
        return new OkrAdministration.RuleFilesChange(put, removedRuleFiles);
    }

    /** The inputs as the page shows them, each with its error. */
    AdminPageModel.Fields fields() {
        return new AdminPageModel.Fields(field(OBJECTIVE_ISSUE_TYPE), field(OBJECTIVE_LABEL), field(KPI_ISSUE_TYPE),
                field(KPI_LABEL), field(ALIGNMENT_LINK_TYPES), field(EPIC_LINK_FIELD), field(WORK_LINK_TYPES),
                field(TOP_LEVEL_LABEL), field(COMMITTED_LABEL), field(ASPIRATIONAL_LABEL), field(IN_PROGRESS_WEIGHT),
                field(FISCAL_YEAR_START_MONTH), field(COACH_GROUP), field(NEW_RULE_FILE_NAME), field(NEW_RULE_FILE_TEXT), field(IMPORT_TEXT));
    }

    List<ThresholdRow> thresholdRows() {
        return Arrays.stream(Parameter.values())
                .map(parameter -> new ThresholdRow(parameter, field(SettingsKeys.threshold(parameter))))
                .toList();
    }

    List<RuleSwitch> ruleSwitches(RuleCatalogue catalogue) {
        Set<String> disabled = settings.advisor().disabledRules();
        return catalogue.entries().stream().map(rule -> new RuleSwitch(rule, !disabled.contains(rule.key()))).toList();
    }

    /** The stored values refused, and an imported file's problems. */
    AdminPageModel.Notices notices() {
        return notices;
    }

    private static Optional<Map.Entry<String, String>> newRuleFileError(Map<String, String> values, I18nResolver i18n) {
        String name = values.get(NEW_RULE_FILE_NAME).strip();
        String drl = values.get(NEW_RULE_FILE_TEXT);
        if (name.isEmpty() && !drl.isBlank()) {
            return Optional.of(Map.entry(NEW_RULE_FILE_NAME, i18n.getText("okr.admin.field.newRuleFileName.missing")));
        }
        Optional<Message> nameProblem = name.isEmpty() ? Optional.empty() : OkrAdministration.fileNameProblem(name);
        if (nameProblem.isPresent()) {
            return nameProblem.map(problem -> Map.entry(NEW_RULE_FILE_NAME, Messages.text(i18n, problem)));
        }
        if (!name.isEmpty() && drl.isBlank()) {
            return Optional.of(Map.entry(NEW_RULE_FILE_TEXT, i18n.getText("okr.admin.field.newRuleFileText.missing", name)));
        }
        return name.isEmpty() ? Optional.empty()
                : OkrSettingsStore.refusal(name, drl).map(reason -> Map.entry(NEW_RULE_FILE_TEXT, Messages.text(i18n, reason)));
    }

    private static List<String> lines(List<SettingsProblem> problems, I18nResolver i18n) {
        return problems.stream().map(problem -> problem.describe(message -> Messages.text(i18n, message))).toList();
    }

    private AdminField field(String name) {
        return new AdminField(name, values.get(name), errors.get(name));
    }

    private String text(String name) {
        return values.getOrDefault(name, "").strip();
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
