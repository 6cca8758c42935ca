package com.okradvisor.jira;

import static com.okradvisor.testing.ChangedSettings.CHANGED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.okradvisor.advisor.AdvisorSettings;
import com.okradvisor.advisor.Parameter;
import com.okradvisor.model.Mapping;
import com.okradvisor.settings.OkrSettings;
import com.okradvisor.settings.SettingsCodec;
import com.okradvisor.settings.SettingsProblem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class OkrSettingsStoreTest {

    /** {@code CHANGED} as an earlier version stored it: without work link types and objective marks, which it did not have. */
    private static final OkrSettings EARLIER = new OkrSettings(new Mapping(CHANGED.mapping().objectiveIssueType(),
            CHANGED.mapping().objectiveLabel(), CHANGED.mapping().kpiIssueType(), CHANGED.mapping().kpiLabel(),
            CHANGED.mapping().alignmentLinkTypes(), CHANGED.mapping().epicLinkField()), CHANGED.advisor());

    private static final int SAVES_PER_NODE = 20;
    private final InMemoryPluginSettings stored = new InMemoryPluginSettings();
    private final InMemoryClusterLocks locks = new InMemoryClusterLocks();

    @Test
    void usesTheDocumentedDefaultsWhenNothingIsStored() {
        SettingsCodec.Decoded loaded = store().loadWithProblems();

        assertThat(loaded.settings()).isEqualTo(OkrSettings.DEFAULTS);
        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.settings().mapping().objectiveJql()).isEqualTo("issuetype = \"Epic\" AND labels = \"okr\"");
        assertThat(loaded.settings().mapping().kpiJql()).isEqualTo("issuetype = \"KPI\" OR labels = \"kpi\"");
    }

    @Test
    void readsBackWhatItSavedFromOneValueUnderTheLock() {
        store().save(CHANGED);

        assertThat(store().load()).isEqualTo(CHANGED);
        assertThat(stored.stored).containsOnlyKeys(OkrSettingsStore.SETTINGS);
        assertThat(locks.locked()).containsExactly(OkrSettingsStore.LOCK);
        assertThat(locks.allReleased()).isTrue();
    }

    @Test
    void parsesTheStoredTextOnlyWhenItChangedYetReadsItEveryTime() {
        OkrSettingsStore store = store();
        store.save(CHANGED);
        SettingsCodec.Decoded first = store.loadWithProblems();
        stored.read.clear();

        assertThat(store.loadWithProblems()).as("the same text, decoded once").isSameAs(first);
        assertThat(stored.read).as("read from SAL all the same").containsExactly(OkrSettingsStore.SETTINGS);
        stored.put(OkrSettingsStore.SETTINGS, SettingsCodec.write(OkrSettings.DEFAULTS));
        assertThat(store.load()).as("another node's save shows at once").isEqualTo(OkrSettings.DEFAULTS);
    }

    @Test
    void migratesTheSeparateValuesAnEarlierVersionStoredIntoOneValueOnTheFirstRead() {
        givenEarlierVersionValues();

        assertThat(store().load()).isEqualTo(EARLIER);

        assertThat(SettingsCodec.read((String) stored.get(OkrSettingsStore.SETTINGS)).settings()).isEqualTo(EARLIER);
        assertThat(locks.locked()).containsExactly(OkrSettingsStore.LOCK);
        stored.read.clear();
        assertThat(store().load()).isEqualTo(EARLIER);
        assertThat(stored.read).as("read once, then one value").containsExactly(OkrSettingsStore.SETTINGS);
    }

    @Test
    void migratesAnEarlierValueThatNoLongerValidatesAsItWasAndKeepsReportingIt() {
        stored.put(OkrSettingsStore.PREFIX + "objective.issueType", " ");
        stored.put(OkrSettingsStore.PREFIX + "threshold.staleAfterDays", "21");

        store().load();
        SettingsCodec.Decoded migrated = store().loadWithProblems();

        assertThat(migrated.settings().mapping().objectiveIssueType()).isEqualTo("Epic");
        assertThat(migrated.settings().advisor().get(Parameter.fromKey("staleAfterDays").orElseThrow())).isEqualTo(21);
        assertThat(migrated.problems()).extracting(SettingsProblem::describe)
                .containsExactly("objective.issueType = \"\": Enter the issue type of objectives.");
    }

    @Test
    void keepsTheDefaultForAStoredValueThatNoLongerValidatesAndSaysSo() {
        store().save(CHANGED);
        String text = (String) stored.get(OkrSettingsStore.SETTINGS);
        stored.put(OkrSettingsStore.SETTINGS, text.replace("threshold.staleAfterDays = 21", "threshold.staleAfterDays = 0")
                + "threshold.retiredDays = 3\n");

        SettingsCodec.Decoded loaded = store().loadWithProblems();

        assertThat(loaded.settings().advisor().get(Parameter.fromKey("staleAfterDays").orElseThrow())).isEqualTo(Parameter.fromKey("staleAfterDays").orElseThrow().defaultValue());
        assertThat(loaded.settings().advisor().get(Parameter.fromKey("lateShare").orElseThrow())).as("every other value stays").isEqualTo(0.6);
        assertThat(loaded.settings().mapping()).isEqualTo(CHANGED.mapping());
        assertThat(loaded.problems()).extracting(SettingsProblem::key)
                .containsExactly("threshold.staleAfterDays", "threshold.retiredDays");
        assertThat(loaded.problems().get(0).describe()).isEqualTo("threshold.staleAfterDays = \"0\": Enter a number from 1 to 365.");
    }

    @Test
    void leavesTheOldSettingsWhenTheWriteFailsHalfWay() {
        givenEarlierVersionValues();
        OkrSettingsStore failing = new OkrSettingsStore(() -> new FailingPuts(stored), locks);

        assertThatThrownBy(() -> failing.save(OkrSettings.DEFAULTS)).isInstanceOf(IllegalStateException.class);

        assertThat(store().load()).isEqualTo(EARLIER);
        assertThat(locks.allReleased()).isTrue();
    }

    @Test
    void storesNothingWhenTheCustomRulesChangeRefuses() {
        store().save(CHANGED);

        assertThatThrownBy(() -> store().save(OkrSettings.DEFAULTS, files -> {
            throw new IllegalStateException("does not compile");
        })).hasMessage("does not compile");

        assertThat(store().load()).isEqualTo(CHANGED);
        assertThat(locks.allReleased()).isTrue();
    }

    @Test
    void changesTheCustomRulesUnderTheLockAndLeavesTheSettingsAsTheyAre() {
        store().save(CHANGED);
        givenCustomRules(Map.of("a.drl", "rule a", "b.drl", "rule b"));
        int locksTaken = locks.locked().size();

        store().changeCustomRules(files -> {
            Map<String, String> changed = new LinkedHashMap<>(files);
            changed.remove("a.drl");
            changed.put("c.drl", "rule c");
            return Optional.of(changed);
        });

        assertThat(store().loadCustomRules()).containsOnlyKeys("b.drl", "c.drl");
        assertThat(store().load()).isEqualTo(CHANGED);
        assertThat(locks.locked().subList(locksTaken, locks.locked().size())).containsExactly(OkrSettingsStore.LOCK);
        assertThat(locks.allReleased()).isTrue();
    }

    @Test
    void keepsEveryChangeWhenTwoNodesSaveAtOnce() throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            Future<?> first = nodes.submit(() -> addRuleFiles("node-1-", start));
            Future<?> second = nodes.submit(() -> addRuleFiles("node-2-", start));
            start.countDown();
            first.get();
            second.get();
        } finally {
            nodes.shutdown();
        }

        assertThat(store().loadCustomRules()).hasSize(2 * SAVES_PER_NODE);
        assertThat(locks.locked()).hasSize(2 * SAVES_PER_NODE).containsOnly(OkrSettingsStore.LOCK);
        assertThat(locks.allReleased()).isTrue();
    }

    @Test
    void replacesTheCustomRuleFilesAndForgetsTheOnesLeftOut() {
        givenCustomRules(Map.of("old.drl", "rule old", "kept.drl", "rule kept"));

        givenCustomRules(Map.of("kept.drl", "rule kept, edited", "new.drl", "rule new"));

        assertThat(store().loadCustomRules()).containsOnly(
                Map.entry("kept.drl", "rule kept, edited"), Map.entry("new.drl", "rule new"));
        assertThat(stored.stored).doesNotContainKey(OkrSettingsStore.CUSTOM_RULE_FILE + "old.drl");
    }

    @Test
    void refusesSettingsOrARuleFileLargerThanSalCanHoldAndStoresNothing() {
        String huge = "x".repeat(OkrSettingsStore.MAX_VALUE_CHARS + 1);
        OkrSettings hugeMapping = new OkrSettings(new Mapping(huge, "", "KPI", "", Set.of(), "Epic Link"), AdvisorSettings.DEFAULTS);

        assertThatThrownBy(() -> store().save(hugeMapping)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("The settings take 99");
        assertThatThrownBy(() -> store().save(OkrSettings.DEFAULTS,
                files -> Optional.of(Map.of("small.drl", "rule small", "huge.drl", huge))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("huge.drl has 99001 characters; Jira stores at most 99000: split it into smaller files.");
        assertThat(OkrSettingsStore.refusal("x".repeat(OkrSettingsStore.MAX_RULE_FILE_NAME_CHARS + 1) + ".drl", ""))
                .isPresent();
        assertThat(stored.stored).isEmpty();
    }

    /** The values as the version before one settings text stored them: one per key, lists as SAL lists. */
    private void givenEarlierVersionValues() {
        Map<String, Object> earlier = new LinkedHashMap<>();
        earlier.put("objective.issueType", "Initiative");
        earlier.put("objective.label", "");
        earlier.put("kpi.issueType", "");
        earlier.put("kpi.label", "metric");
        earlier.put("alignment.linkTypes", List.of("Supports", " Contributes to "));
        earlier.put("epicLink.field", "Parent Link");
        earlier.put("progress.inProgressWeight", "0.3");
        earlier.put("progress.fiscalYearStartMonth", "7");
        earlier.put("rules.disabled", List.of("too-many-key-results", "kr-unmeasurable"));
        for (Parameter parameter : Parameter.values()) {
            earlier.put("threshold." + parameter.key(), parameter.format(CHANGED.advisor().get(parameter)));
        }
        earlier.forEach((key, value) -> stored.put(OkrSettingsStore.PREFIX + key, value));
    }

    private void givenCustomRules(Map<String, String> files) {
        store().save(store().load(), stored -> Optional.of(files));
    }

    private Void addRuleFiles(String prefix, CountDownLatch start) throws InterruptedException {
        start.await();
        for (int i = 0; i < SAVES_PER_NODE; i++) {
            String name = prefix + i + ".drl";
            store().save(OkrSettings.DEFAULTS, files -> {
                Map<String, String> more = new LinkedHashMap<>(files);
                more.put(name, "rule " + name);
                return Optional.of(more);
            });
        }
        return null;
    }

    private OkrSettingsStore store() {
        return new OkrSettingsStore(stored, locks);
    }

    /** Jira's database failing every write, as it would when a node loses its connection mid-save. */
    private record FailingPuts(PluginSettings delegate) implements PluginSettings {

        @Override
        public Object get(String key) {
            return delegate.get(key);
        }

        @Override
        public Object put(String key, Object value) {
            throw new IllegalStateException("the database went away");
        }

        @Override
        public Object remove(String key) {
            return delegate.remove(key);
        }
    }
}
