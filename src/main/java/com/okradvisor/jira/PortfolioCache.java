package com.okradvisor.jira;

import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import com.okradvisor.model.Mapping;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import javax.inject.Inject;
import javax.inject.Named;

/**
 * Reuses a judgement of the portfolio a user may browse for {@value #REUSE_SECONDS} seconds, so the
 * coach's next page or filter change answers at once, and a read of the whole site's portfolio
 * ({@link SiteRead}) as long, so that each viewer's first judgement is taken out of it instead of read
 * from Jira again (docs/design.md, "Reusing a judgement").
 *
 * <p>A judgement is reused only for the same user, day, settings text, custom rule files and change
 * stamp, a site read for the same mapping and change stamp. The settings and rule files are read from Jira's database on every request, so a settings
 * save on any node changes the key everywhere at once. The change stamp lives in Jira's plugin
 * settings (the database, shared by every node): a check-in on any node writes a new one
 * ({@link #changed()}), so every node stops reusing at its next request. What the app cannot see (an
 * edit to an issue's summary or status in Jira, a permission change) shows at the latest when the
 * reuse window ends. The entries are derived and short-lived, at most {@value #MOST_ENTRIES} judgements
 * and {@value #MOST_SITE_READS} site reads on a node (each a whole portfolio), the least recently used
 * going first.
 *
 * <p>A judgement of a large site reads for seconds and allocates hundreds of megabytes
 * (docs/performance.md), so a node makes at most {@value #JUDGED_AT_ONCE} at once, whoever asks: a
 * request that cannot start one within {@value #WAIT_SECONDS} seconds is refused with
 * {@link PortfolioBusyException} rather than queued without end. Requests for the same judgement
 * while it is being made (a reload, the page and its export) wait for that one instead of making
 * another; the same holds for a site read, which is made inside the judgement that first needs it and
 * so takes no place of its own.
 */
@Named
public class PortfolioCache {

    static final long REUSE_SECONDS = 30;
    static final int MOST_ENTRIES = 8;
    /**
     * Site reads kept on a node: one, since a read is the whole site's portfolio with the issues its
     * searches returned (the records alone hold 123 MiB for 10,000 objectives, docs/performance.md), and
     * one made before a check-in or under another mapping is of no further use.
     */
    static final int MOST_SITE_READS = 1;
    static final String CHANGE_STAMP = OkrSettingsStore.PREFIX + "portfolio.changed";
    static final int JUDGED_AT_ONCE = 2;
    static final long WAIT_SECONDS = 20;
    /** How old a site read is when the next viewer's request starts reading it again in the background. */
    static final long REFRESH_AFTER_SECONDS = 20;

    private final PluginSettingsFactory pluginSettingsFactory;
    private final Clock clock;
    private final Duration wait;
    private final Executor background;
    private final Semaphore judging = new Semaphore(JUDGED_AT_ONCE, true);
    private final Reuse<Key, PortfolioAssessment> judgements = new Reuse<>(MOST_ENTRIES, true, false);
    private final Reuse<SiteKey, SiteRead> siteReads = new Reuse<>(MOST_SITE_READS, false, true);

    @Inject
    public PortfolioCache(PluginSettingsFactory pluginSettingsFactory) {
        this(pluginSettingsFactory, Clock.systemUTC());
    }

    PortfolioCache(PluginSettingsFactory pluginSettingsFactory, Clock clock) {
        this(pluginSettingsFactory, clock, Duration.ofSeconds(WAIT_SECONDS), PortfolioCache::inThreadOfItsOwn);
    }

    /**
     * @param wait how long a request waits to start a judgement, or for the same one in progress
     * @param background runs a site read made ahead of need, off the request
     */
    PortfolioCache(PluginSettingsFactory pluginSettingsFactory, Clock clock, Duration wait, Executor background) {
        this.pluginSettingsFactory = pluginSettingsFactory;
        this.clock = clock;
        this.wait = wait;
        this.background = background;
    }

    /**
     * A daemon thread for one read, which ends with it: no pool outlives the plugin, and at most
     * {@value #JUDGED_AT_ONCE} such reads run, as each holds one of the node's places.
     */
    private static void inThreadOfItsOwn(Runnable read) {
        Thread thread = new Thread(read, "okr-advisor-site-read");
        thread.setDaemon(true);
        thread.start();
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
        return judgements.get(new Key(user, asOf, settings, Map.copyOf(customRules), stamp()), judge);
    }

    /**
     * The read of the whole site's portfolio under {@code mapping}, reused by every viewer on this node
     * while the change stamp holds and the window lasts, or what {@code read} reads now. Called from
     * within a judgement ({@link #get}), whose place it uses. Kept ready while it is in use: a request
     * that finds it {@value #REFRESH_AFTER_SECONDS} seconds old or older, when the node has a place free,
     * starts {@code read} again in the background and is answered at once with the read it found, which
     * the new one replaces; requests after the window wait for the new one.
     *
     * @throws PortfolioBusyException when the same read in progress did not finish within
     *     {@value #WAIT_SECONDS} seconds
     */
    SiteRead site(Mapping mapping, Supplier<SiteRead> read) {
        return siteReads.get(new SiteKey(mapping, stamp()), read);
    }

    /** The site read under {@code mapping} this node keeps now, if any; never reads, never renews. */
    Optional<SiteRead> keptSite(Mapping mapping) {
        return siteReads.current(new SiteKey(mapping, stamp()));
    }

    /**
     * What {@link #site} does to keep the site read under {@code mapping} ready, and nothing else: a
     * request answered from a judgement it reuses (the next page, a filter) still counts as a use, so a
     * coach paging through the view finds the site read renewed when their judgement runs out. Never
     * reads on the request.
     */
    void keepSiteReady(Mapping mapping, Supplier<SiteRead> read) {
        siteReads.renewIfDue(new SiteKey(mapping, stamp()), read);
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

    private record SiteKey(Mapping mapping, String stamp) {
    }

    private record Entry<V>(V value, Instant readFrom) {

        Instant until() {
            return readFrom.plus(Duration.ofSeconds(REUSE_SECONDS));
        }

        boolean due(Instant now) {
            return !now.isBefore(readFrom.plus(Duration.ofSeconds(REFRESH_AFTER_SECONDS)));
        }
    }

    /**
     * Values made at most once per key at a time and reused for {@value #REUSE_SECONDS} seconds, the
     * {@code most} recently used kept.
     *
     * @param <K> what a value is made of
     * @param <V> the value, derived and short-lived
     */
    private final class Reuse<K, V> {

        private final int most;
        private final boolean takesPlace;
        private final boolean keptReady;
        private final Map<K, Entry<V>> entries = new LinkedHashMap<>(16, 0.75f, true);
        private final Map<K, CompletableFuture<V>> inProgress = new HashMap<>();

        /**
         * @param takesPlace whether making a value takes one of the node's {@value #JUDGED_AT_ONCE} places
         * @param keptReady whether a value in use is made again in the background before its window ends
         */
        Reuse(int most, boolean takesPlace, boolean keptReady) {
            this.most = most;
            this.takesPlace = takesPlace;
            this.keptReady = keptReady;
        }

        V get(K key, Supplier<V> make) {
            Instant now = clock.instant();
            CompletableFuture<V> mine = new CompletableFuture<>();
            CompletableFuture<V> started = null;
            V current = null;
            boolean renew = false;
            synchronized (entries) {
                Entry<V> reused = entries.get(key);
                if (reused != null && now.isBefore(reused.until())) {
                    current = reused.value();
                    renew = claimedRenewal(key, reused, now, mine);
                } else {
                    started = inProgress.putIfAbsent(key, mine);
                }
            }
            if (current != null) {
                if (renew) {
                    madeAgainInTheBackground(key, make, mine, now);
                }
                return current;
            }
            if (started != null) {
                return awaited(started);
            }
            try {
                V made = takesPlace ? madeWhenFree(make) : make.get();
                keep(key, made, now);
                mine.complete(made);
                return made;
            } catch (RuntimeException | Error failed) {
                failedFor(key, mine, failed);
                throw failed;
            }
        }

        /** The value of {@code key} while it is current. */
        Optional<V> current(K key) {
            Instant now = clock.instant();
            synchronized (entries) {
                Entry<V> reused = entries.get(key);
                return reused != null && now.isBefore(reused.until()) ? Optional.of(reused.value()) : Optional.empty();
            }
        }

        /** Starts making the value of {@code key} again in the background when it is current and due; never makes it here. */
        void renewIfDue(K key, Supplier<V> make) {
            Instant now = clock.instant();
            CompletableFuture<V> mine = new CompletableFuture<>();
            boolean renew;
            synchronized (entries) {
                Entry<V> reused = entries.get(key);
                renew = reused != null && now.isBefore(reused.until()) && claimedRenewal(key, reused, now, mine);
            }
            if (renew) {
                madeAgainInTheBackground(key, make, mine, now);
            }
        }

        /**
         * True when {@code reused} is to be made again now and this request takes that on: kept ready, due,
         * not already being made, and a place free, which it takes; {@code mine} then stands for it. Called
         * holding the lock.
         */
        private boolean claimedRenewal(K key, Entry<V> reused, Instant now, CompletableFuture<V> mine) {
            if (keptReady && reused.due(now) && !inProgress.containsKey(key) && judging.tryAcquire()) {
                inProgress.put(key, mine);
                return true;
            }
            return false;
        }

        /**
         * Makes the value of {@code key} again off the request, in the place acquired for it, for the
         * requests that wait for {@code mine}; a failure (of the read, or to start a thread) is theirs,
         * and frees the place and the key.
         */
        private void madeAgainInTheBackground(K key, Supplier<V> make, CompletableFuture<V> mine, Instant readFrom) {
            Runnable remake = () -> {
                try {
                    V made = make.get();
                    keep(key, made, readFrom);
                    mine.complete(made);
                } catch (RuntimeException | Error failed) {
                    failedFor(key, mine, failed);
                } finally {
                    judging.release();
                }
            };
            try {
                background.execute(remake);
            } catch (RuntimeException | Error notStarted) {
                judging.release();
                failedFor(key, mine, notStarted);
            }
        }

        private void failedFor(K key, CompletableFuture<V> mine, Throwable failed) {
            synchronized (entries) {
                inProgress.remove(key);
            }
            mine.completeExceptionally(failed);
        }

        private V madeWhenFree(Supplier<V> make) {
            try {
                if (!judging.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                    throw new PortfolioBusyException();
                }
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new PortfolioBusyException();
            }
            try {
                return make.get();
            } finally {
                judging.release();
            }
        }

        private V awaited(CompletableFuture<V> started) {
            try {
                return started.get(wait.toMillis(), TimeUnit.MILLISECONDS);
            } catch (ExecutionException failed) {
                if (failed.getCause() instanceof RuntimeException cause) {
                    throw cause;
                }
                throw (Error) failed.getCause();
            } catch (TimeoutException stillMaking) {
                throw new PortfolioBusyException();
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new PortfolioBusyException();
            }
        }

        private void keep(K key, V made, Instant readFrom) {
            synchronized (entries) {
                inProgress.remove(key);
                entries.values().removeIf(entry -> !readFrom.isBefore(entry.until()));
                entries.put(key, new Entry<>(made, readFrom));
                Iterator<K> oldest = entries.keySet().iterator();
                while (entries.size() > most) {
                    oldest.next();
                    oldest.remove();
                }
            }
        }
    }
}
