package com.okradvisor.jira;

import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;
import javax.inject.Inject;
import javax.inject.Named;

/**
 * Reuses a judgement of the portfolio a user may browse for {@value #REUSE_SECONDS} seconds, so the
 * coach's next page or filter change answers at once (docs/design.md, "Reusing a judgement").
 *
 * <p>A judgement is reused only for the same user, day, settings text, custom rule files and change
 * stamp. The settings and rule files are read from Jira's database on every request, so a settings
 * save on any node changes the key everywhere at once. The change stamp lives in Jira's plugin
 * settings (the database, shared by every node): a check-in on any node writes a new one
 * ({@link #changed()}), so every node stops reusing at its next request. What the app cannot see (an
 * edit to an issue's summary or status in Jira, a permission change) shows at the latest when the
 * reuse window ends. The entries are derived and short-lived, at most {@value #MOST_ENTRIES} on a
 * node (each a whole portfolio), the least recently used going first.
 */
@Named
public class PortfolioCache {

    static final long REUSE_SECONDS = 30;
    static final int MOST_ENTRIES = 8;
    static final String CHANGE_STAMP = OkrSettingsStore.PREFIX + "portfolio.changed";

    private final PluginSettingsFactory pluginSettingsFactory;
    private final Clock clock;
    private final Map<Key, Entry> entries = new LinkedHashMap<>(16, 0.75f, true);

    @Inject
    public PortfolioCache(PluginSettingsFactory pluginSettingsFactory) {
        this(pluginSettingsFactory, Clock.systemUTC());
    }

    PortfolioCache(PluginSettingsFactory pluginSettingsFactory, Clock clock) {
        this.pluginSettingsFactory = pluginSettingsFactory;
        this.clock = clock;
    }

    /**
     * What one judgement, reused while the key holds and the window lasts, or {@code judge} judges now.
     *
     * @param user the user's key; empty for an anonymous visitor
     * @param settings the settings in force as the text of their file, and the custom rule files
     */
    public PortfolioAssessment get(String user, LocalDate asOf, String settings, Map<String, String> customRules,
            Supplier<PortfolioAssessment> judge) {
        Key key = new Key(user, asOf, settings, Map.copyOf(customRules), stamp());
        Instant now = clock.instant();
        synchronized (entries) {
            Entry reused = entries.get(key);
            if (reused != null && now.isBefore(reused.until())) {
                return reused.judged();
            }
        }
        PortfolioAssessment judged = judge.get();
        synchronized (entries) {
            entries.values().removeIf(entry -> !now.isBefore(entry.until()));
            entries.put(key, new Entry(judged, now.plus(Duration.ofSeconds(REUSE_SECONDS))));
            Iterator<Key> oldest = entries.keySet().iterator();
            while (entries.size() > MOST_ENTRIES) {
                oldest.next();
                oldest.remove();
            }
        }
        return judged;
    }

    /** Something every judgement reads has changed (a check-in): no node reuses an earlier one. */
    public void changed() {
        pluginSettingsFactory.createGlobalSettings().put(CHANGE_STAMP, UUID.randomUUID().toString());
    }

    private String stamp() {
        return Objects.toString(pluginSettingsFactory.createGlobalSettings().get(CHANGE_STAMP), "");
    }

    private record Key(String user, LocalDate asOf, String settings, Map<String, String> customRules, String stamp) {
    }

    private record Entry(PortfolioAssessment judged, Instant until) {
    }
}
