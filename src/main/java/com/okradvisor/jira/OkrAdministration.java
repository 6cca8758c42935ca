package com.okradvisor.jira;

import com.okradvisor.advisor.RuleFileException;
import com.okradvisor.advisor.RuleProblem;
import com.okradvisor.settings.OkrSettings;
import com.okradvisor.settings.SettingsCodec;
import com.okradvisor.settings.SettingsProblem;
import com.okradvisor.text.Message;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import javax.inject.Inject;
import javax.inject.Named;

/**
 * What an administrator reads, checks and changes: the settings and the custom rule files. The admin page
 * and the admin REST calls both go through here, so they accept and refuse alike. Who may call what (a Jira
 * administrator; a system administrator for custom rules, which run code in Jira's JVM), the form token
 * and WebSudo are the callers' checks, made before they call.
 *
 * <p>Every change is stored under the settings' cluster lock ({@link OkrSettingsStore}) and is all or
 * nothing: refused settings or a refused rule file leave the stored ones, and the rules in force, as they were.
 */
@Named
public class OkrAdministration {

    /** A custom rule file's name: safe as an id, a file name and a settings key, whatever escapes it. */
    private static final Pattern RULE_FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*\\.drl");

    private final OkrSettingsStore settingsStore;
    private final AdvisorInForce rules;

    @Inject
    public OkrAdministration(OkrSettingsStore settingsStore, AdvisorInForce rules) {
        this.settingsStore = settingsStore;
        this.rules = rules;
    }

    /**
     * A change of the custom rule files.
     *
     * @param put the files to add or replace, name → DRL
     * @param remove the names of the files to remove
     */
    public record RuleFilesChange(Map<String, String> put, Set<String> remove) {

        public RuleFilesChange {
            put = Map.copyOf(put);
            remove = Set.copyOf(remove);
        }

        public static RuleFilesChange putting(String name, String drl) {
            return new RuleFilesChange(Map.of(name, drl), Set.of());
        }

        public static RuleFilesChange removing(String name) {
            return new RuleFilesChange(Map.of(), Set.of(name));
        }

        public boolean isEmpty() {
            return put.isEmpty() && remove.isEmpty();
        }

        /** {@code stored} with the files removed, then the files put. */
        Map<String, String> applyTo(Map<String, String> stored) {
            Map<String, String> files = new LinkedHashMap<>(stored);
            remove.forEach(files::remove);
            files.putAll(put);
            return files;
        }
    }

    /** The settings in force, and each stored value that no longer validates and so is left at its default. */
    public SettingsCodec.Decoded settings() {
        return settingsStore.loadWithProblems();
    }

    /** The stored custom rule files, name → DRL, in name order. */
    public Map<String, String> customRules() {
        return settingsStore.loadCustomRules();
    }

    /** The custom rules recently taken out of an evaluation on any node, newest first. */
    public List<RuleIncidentLog.Entry> ruleIncidents() {
        return settingsStore.loadRuleIncidents();
    }

    /** The rules in force, and why stored custom files are not among them. */
    public AdvisorInForce.RulesInForce rulesInForce() {
        return rules.inForce();
    }

    /**
     * Stores {@code asked} when it has no problem; otherwise stores nothing.
     *
     * @return the problems that refused it, each naming its key; empty when it was stored
     */
    public List<SettingsProblem> replaceSettings(SettingsCodec.Decoded asked) {
        if (asked.problems().isEmpty()) {
            settingsStore.save(asked.settings());
        }
        return asked.problems();
    }

    /**
     * The custom rule files {@code change} would put in force, checked as a save checks them; nothing is stored.
     *
     * @throws RuleFileException with every problem (file, line, message) when a file is refused
     */
    public Map<String, String> checkRules(RuleFilesChange change) throws RuleFileException {
        return checked(change.applyTo(settingsStore.loadCustomRules()));
    }

    /**
     * Stores {@code settings} and {@code change} at once, under the lock.
     *
     * @throws RuleFileException when a rule file is refused; nothing is stored
     */
    public void save(OkrSettings settings, RuleFilesChange change) throws RuleFileException {
        settingsStore.save(settings, stored -> change.isEmpty() ? Optional.empty() : Optional.of(checked(change.applyTo(stored))));
    }

    /**
     * Stores {@code change} of the custom rule files, under the lock; the settings stay as they are.
     *
     * @throws RuleFileException when a rule file is refused; nothing is stored
     */
    public void changeRules(RuleFilesChange change) throws RuleFileException {
        settingsStore.changeCustomRules(stored -> Optional.of(checked(change.applyTo(stored))));
    }

    /** Why {@code name} cannot name a custom rule file, or empty when it can. */
    public static Optional<Message> fileNameProblem(String name) {
        if (!RULE_FILE_NAME.matcher(name).matches()) {
            return Optional.of(Message.of("okr.settings.problem.ruleFileName"));
        }
        return OkrSettingsStore.refusal(name, "");
    }

    /**
     * {@code files} when every name is good, every file fits Jira's store and all compile together: the one
     * check of custom rules, for the admin page and the REST calls alike.
     */
    private Map<String, String> checked(Map<String, String> files) throws RuleFileException {
        List<RuleProblem> problems = new ArrayList<>();
        files.forEach((name, drl) -> fileNameProblem(name).or(() -> OkrSettingsStore.refusal(name, drl))
                .ifPresent(problem -> problems.add(new RuleProblem(name, 0, problem.english()))));
        if (!problems.isEmpty()) {
            throw new RuleFileException(problems);
        }
        rules.check(files);
        return files;
    }
}
