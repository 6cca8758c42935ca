package com.okradvisor.jira;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import com.okradvisor.settings.OkrSettings;
import com.okradvisor.settings.SettingsCodec;
import com.okradvisor.settings.SettingsKeys;
import com.okradvisor.text.Message;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.inject.Inject;
import javax.inject.Named;

/**
 * The {@link OkrSettings} and the custom DRL files in SAL's global plugin settings, which live in
 * Jira's database and so hold on every node of a cluster, within SAL's limits (keys of at most 100
 * characters, values of at most 99,000).
 *
 * <p>The settings are one value: the {@code --config} text of {@link SettingsCodec}, written in one
 * put, so a save is all or nothing. A stored value that no longer validates (e.g. a bound tightened by
 * an upgrade) is not used: its default is in force and {@link #loadWithProblems()} reports it. The
 * first read on an install that an earlier version configured finds no settings text and migrates the
 * separate values that version stored (one per key, under the same key names) into one, once. Every
 * write runs under one cluster lock, so two admins saving at once each keep the other's change.
 */
@Named
public class OkrSettingsStore {

    static final String PREFIX = "com.okradvisor.okr-advisor.";
    /** The settings text, format 1; a later format gets a new key and reads this one once. */
    static final String SETTINGS = PREFIX + "settings.1";
    static final String CUSTOM_RULE_FILES = PREFIX + "rules.custom";
    static final String CUSTOM_RULE_FILE = CUSTOM_RULE_FILES + ".";
    /** The custom rules recently taken out of an evaluation, from any node: {@link RuleIncidentLog}'s text. */
    static final String RULE_INCIDENTS = PREFIX + "rules.incidents";
    /** Namespaced as Beehive asks: lock names are shared by every app on the cluster. */
    static final String LOCK = PREFIX + "settings";
    /** SAL's limit on a value's length: the settings text and each custom DRL file. */
    public static final int MAX_VALUE_CHARS = 99_000;
    /** SAL keys hold at most 100 characters; a custom file's name is part of its key. */
    public static final int MAX_RULE_FILE_NAME_CHARS = 100 - CUSTOM_RULE_FILE.length();

    private final PluginSettingsFactory pluginSettingsFactory;
    private final ClusterLockService lockService;
    /**
     * The last settings text read and what it decoded to, so that the reads every page makes (the panels'
     * and the coach link's conditions) parse the text only when it changed. The text is read from SAL
     * every time, so no node keeps settings another node has replaced.
     */
    private volatile Read lastRead = new Read("", SettingsCodec.read(""));

    private record Read(String text, SettingsCodec.Decoded decoded) {
    }

    @Inject
    public OkrSettingsStore(PluginSettingsFactory pluginSettingsFactory, ClusterLockService lockService) {
        this.pluginSettingsFactory = pluginSettingsFactory;
        this.lockService = lockService;
    }

    /** A change of the custom rule files, decided from the stored ones; it may refuse and so store nothing. */
    @FunctionalInterface
    public interface CustomRulesChange<E extends Exception> {

        /** The files to store instead of {@code stored}; empty to leave them as they are. */
        Optional<Map<String, String>> apply(Map<String, String> stored) throws E;
    }

    /** The settings in force: one read of the stored value. */
    public OkrSettings load() {
        return loadWithProblems().settings();
    }

    /** The settings in force, and each stored value that no longer validates and so is left at its default. */
    public SettingsCodec.Decoded loadWithProblems() {
        if (pluginSettingsFactory.createGlobalSettings().get(SETTINGS) instanceof String text) {
            Read last = lastRead;
            if (!last.text().equals(text)) {
                last = new Read(text, SettingsCodec.read(text));
                lastRead = last;
            }
            return last.decoded();
        }
        return SettingsCodec.read(migrate());
    }

    /**
     * Once per install, under the lock: the separate values an earlier version stored, written as one
     * settings text as they were (a value that no longer validates stays, to be reported), and that text.
     */
    private String migrate() {
        ClusterLock lock = lockService.getLockForName(LOCK);
        lock.lock();
        try {
            PluginSettings stored = pluginSettingsFactory.createGlobalSettings();
            if (stored.get(SETTINGS) instanceof String text) {
                return text;
            }
            Map<String, String> earlier = new LinkedHashMap<>();
            for (String key : SettingsKeys.all()) {
                Object value = stored.get(PREFIX + key);
                if (value instanceof String text) {
                    earlier.put(key, text);
                } else if (value instanceof List<?> list) {
                    earlier.put(key, list.stream().map(String::valueOf).collect(Collectors.joining(",")));
                }
            }
            String text = SettingsCodec.write(earlier);
            if (text.length() <= MAX_VALUE_CHARS) {
                stored.put(SETTINGS, text);
            }
            return text;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Stores {@code settings} in one put, under the lock.
     *
     * @throws IllegalArgumentException when their text exceeds SAL's limit; nothing is stored
     */
    public void save(OkrSettings settings) {
        save(settings, stored -> Optional.empty());
    }

    /**
     * Under the lock: reads the stored custom rule files, lets {@code change} decide what to store
     * instead, then stores {@code settings} in one put and the changed files, their list last. When
     * {@code change} throws, nothing is stored. Check each file with {@link #refusal} first.
     *
     * @throws IllegalArgumentException when the settings' text or a file exceeds SAL's limits; nothing is stored
     */
    public <E extends Exception> void save(OkrSettings settings, CustomRulesChange<E> change) throws E {
        String text = SettingsCodec.write(settings);
        if (text.length() > MAX_VALUE_CHARS) {
            throw new IllegalArgumentException("The settings take " + text.length() + " characters; Jira stores at most "
                    + MAX_VALUE_CHARS);
        }
        write(Optional.of(text), change);
    }

    /**
     * Under the lock: reads the stored custom rule files, lets {@code change} decide what to store instead,
     * then stores the changed files, their list last; the settings stay as they are. When {@code change}
     * throws, nothing is stored. Check each file with {@link #refusal} first.
     *
     * @throws IllegalArgumentException when a file exceeds SAL's limits; nothing is stored
     */
    public <E extends Exception> void changeCustomRules(CustomRulesChange<E> change) throws E {
        write(Optional.empty(), change);
    }

    private <E extends Exception> void write(Optional<String> settingsText, CustomRulesChange<E> change) throws E {
        ClusterLock lock = lockService.getLockForName(LOCK);
        lock.lock();
        try {
            Optional<Map<String, String>> files = change.apply(loadCustomRules());
            files.ifPresent(changed -> changed.forEach((name, drl) -> refusal(name, drl).ifPresent(reason -> {
                throw new IllegalArgumentException(reason.english());
            })));
            PluginSettings stored = pluginSettingsFactory.createGlobalSettings();
            settingsText.ifPresent(text -> stored.put(SETTINGS, text));
            files.ifPresent(this::writeCustomRules);
        } finally {
            lock.unlock();
        }
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

    /** Why a custom rule file cannot be stored in SAL's plugin settings, or empty when it can. */
    public static Optional<Message> refusal(String name, String text) {
        if (name.length() > MAX_RULE_FILE_NAME_CHARS) {
            return Optional.of(Message.of("okr.settings.problem.ruleFileNameLength", name, MAX_RULE_FILE_NAME_CHARS));
        }
        if (text.length() > MAX_VALUE_CHARS) {
            return Optional.of(Message.of("okr.settings.problem.ruleFileLength", name, text.length(), MAX_VALUE_CHARS));
        }
        return Optional.empty();
    }

    /** The custom rules recently taken out of an evaluation, on any node, newest first. */
    public List<RuleIncidentLog.Entry> loadRuleIncidents() {
        return RuleIncidentLog.read(pluginSettingsFactory.createGlobalSettings().get(RULE_INCIDENTS));
    }

    /** Adds {@code entries} to the stored incidents, under the lock: each replaces an older one of its rule and kind. */
    public void recordRuleIncidents(List<RuleIncidentLog.Entry> entries) {
        ClusterLock lock = lockService.getLockForName(LOCK);
        lock.lock();
        try {
            PluginSettings stored = pluginSettingsFactory.createGlobalSettings();
            stored.put(RULE_INCIDENTS, RuleIncidentLog.write(RuleIncidentLog.merge(
                    RuleIncidentLog.read(stored.get(RULE_INCIDENTS)), entries)));
        } finally {
            lock.unlock();
        }
    }

    /**
     * The files first, then their list, then the files dropped: a failure half-way leaves the old list's
     * files readable. Incidents of a file replaced or removed are dropped: they were about its old text.
     */
    private void writeCustomRules(Map<String, String> files) {
        PluginSettings stored = pluginSettingsFactory.createGlobalSettings();
        Map<String, String> before = loadCustomRules();
        List<RuleIncidentLog.Entry> incidents = RuleIncidentLog.read(stored.get(RULE_INCIDENTS));
        List<RuleIncidentLog.Entry> kept = incidents.stream()
                .filter(entry -> files.containsKey(entry.file()) && files.get(entry.file()).equals(before.get(entry.file())))
                .toList();
        if (kept.size() != incidents.size()) {
            stored.put(RULE_INCIDENTS, RuleIncidentLog.write(kept));
        }
        Set<String> old = names(stored.get(CUSTOM_RULE_FILES));
        files.forEach((name, text) -> stored.put(CUSTOM_RULE_FILE + name, text));
        stored.put(CUSTOM_RULE_FILES, new ArrayList<>(files.keySet()));
        old.stream().filter(name -> !files.containsKey(name)).forEach(name -> stored.remove(CUSTOM_RULE_FILE + name));
    }

    /** The stored custom file names (SAL stores lists as lists), in name order. */
    private static Set<String> names(Object value) {
        return value instanceof List<?> list ? list.stream().map(String::valueOf).collect(Collectors.toCollection(TreeSet::new))
                : Set.of();
    }
}
