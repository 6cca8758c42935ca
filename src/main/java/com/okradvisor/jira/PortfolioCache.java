package com.okradvisor.jira;

import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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
 *
 * <p>A judgement of a large site reads for seconds and allocates hundreds of megabytes
 * (docs/performance.md), so a node makes at most {@value #JUDGED_AT_ONCE} at once, whoever asks: a
 * request that cannot start one within {@value #WAIT_SECONDS} seconds is refused with
 * {@link PortfolioBusyException} rather than queued without end. Requests for the same judgement
 * while it is being made (a reload, the page and its export) wait for that one instead of making
 * another.
 */
@Named
public class PortfolioCache {

    static final long REUSE_SECONDS = 30;
    static final int MOST_ENTRIES = 8;
    static final String CHANGE_STAMP = OkrSettingsStore.PREFIX + "portfolio.changed";
    static final int JUDGED_AT_ONCE = 2;
    static final long WAIT_SECONDS = 20;

    private final PluginSettingsFactory pluginSettingsFactory;
    private final Clock clock;
    private final Duration wait;
    private final Map<Key, Entry> entries = new LinkedHashMap<>(16, 0.75f, true);
    private final Map<Key, CompletableFuture<PortfolioAssessment>> inProgress = new HashMap<>();
    private final Semaphore judging = new Semaphore(JUDGED_AT_ONCE, true);

    @Inject
    public PortfolioCache(PluginSettingsFactory pluginSettingsFactory) {
        this(pluginSettingsFactory, Clock.systemUTC());
    }

    PortfolioCache(PluginSettingsFactory pluginSettingsFactory, Clock clock) {
        this(pluginSettingsFactory, clock, Duration.ofSeconds(WAIT_SECONDS));
    }

    /** @param wait how long a request waits to start a judgement, or for the same one in progress */
    PortfolioCache(PluginSettingsFactory pluginSettingsFactory, Clock clock, Duration wait) {
        this.pluginSettingsFactory = pluginSettingsFactory;
        this.clock = clock;
        this.wait = wait;
    }

    /**
     * What one judgement, reused while the key holds and the window lasts, or {@code judge} judges now.
     *
     * @param user the user's key; empty for an anonymous visitor
     * @param settings the settings in force as the text of their file, and the custom rule files
     * @throws PortfolioBusyException when this node could not start judging, or the same judgement in
     *     progress did not finish, within {@value #WAIT_SECONDS} seconds
     */
    public PortfolioAssessment get(String user, LocalDate asOf, String settings, Map<String, String> customRules,
            Supplier<PortfolioAssessment> judge) {
        Key key = new Key(user, asOf, settings, Map.copyOf(customRules), stamp());
        Instant now = clock.instant();
        CompletableFuture<PortfolioAssessment> started;
        CompletableFuture<PortfolioAssessment> mine = new CompletableFuture<>();
        synchronized (entries) {
            Entry reused = entries.get(key);
            if (reused != null && now.isBefore(reused.until())) {
                return reused.judged();
            }
            started = inProgress.putIfAbsent(key, mine);
        }
        if (started != null) {
            return awaited(started);
        }
        try {
            PortfolioAssessment judged = judgedWhenFree(judge);
            keep(key, judged, now);
            mine.complete(judged);
            return judged;
        } catch (RuntimeException | Error failed) {
            synchronized (entries) {
                inProgress.remove(key);
            }
            mine.completeExceptionally(failed);
            throw failed;
        }
    }

    private PortfolioAssessment judgedWhenFree(Supplier<PortfolioAssessment> judge) {
        try {
            if (!judging.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new PortfolioBusyException();
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new PortfolioBusyException();
        }
        try {
            return judge.get();
        } finally {
            judging.release();
        }
    }

    private PortfolioAssessment awaited(CompletableFuture<PortfolioAssessment> started) {
        try {
            return started.get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw (Error) failed.getCause();
        } catch (TimeoutException stillJudging) {
            throw new PortfolioBusyException();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new PortfolioBusyException();
        }
    }

    private void keep(Key key, PortfolioAssessment judged, Instant readFrom) {
        synchronized (entries) {
            inProgress.remove(key);
            entries.values().removeIf(entry -> !readFrom.isBefore(entry.until()));
            entries.put(key, new Entry(judged, readFrom.plus(Duration.ofSeconds(REUSE_SECONDS))));
            Iterator<Key> oldest = entries.keySet().iterator();
            while (entries.size() > MOST_ENTRIES) {
                oldest.next();
                oldest.remove();
            }
        }
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
