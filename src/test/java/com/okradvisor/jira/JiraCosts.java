package com.okradvisor.jira;

import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;

/**
 * What Jira's calls cost, charged by the fakes of {@link SimulatedJira}: each call adds its cost to a
 * running total and, when {@link #paid}, waits it out, so that a benchmark times the app's own work plus
 * what Jira would have taken to answer it. Tests use {@link #counted} costs, which add up without waiting.
 * The figures and why they were chosen are in docs/performance.md ("What Jira's calls cost").
 */
public final class JiraCosts {

    /** Waits shorter than this are spun; longer ones parked, but for the last stretch, which is spun. */
    private static final long SPIN_BELOW_NANOS = 200_000;
    private static final long MICROSECOND = 1_000;
    private static final long MILLISECOND = 1_000_000;

    /**
     * The cost of each kind of call, in nanoseconds.
     *
     * @param name how the benchmarks name the model ({@code -p costs=…})
     * @param searchRequest one page of a JQL search: the query, the user's permission filter and the sort by key
     * @param searchIssue each issue a search page returns: its index document read and made an issue
     * @param count a count of the issues a JQL finds, without reading them
     * @param parse parsing a JQL text
     * @param databaseQuery a query that goes to the database: an entity property query, all links of a type,
     *     and, when links are not cached, an issue's links
     * @param databaseRow each row such a query returns
     * @param cached a read Jira answers from memory: a permission check, the link types, a custom field by name
     * @param cachedRow each element of a cached list (an issue's links, when they are cached)
     * @param linksCached whether an issue's outward and inward links come from Jira's per-issue caches
     */
    public record Model(String name, long searchRequest, long searchIssue, long count, long parse, long databaseQuery,
            long databaseRow, long cached, long cachedRow, boolean linksCached) {
    }

    /** Nothing costs anything: the app's own work alone. */
    public static final Model FREE = new Model("free", 0, 0, 0, 0, 0, 0, 0, 0, true);
    /** A Jira Data Center with its index on local disk and its database 0.5 ms away (docs/performance.md). */
    public static final Model DATA_CENTER = new Model("dataCenter", 4 * MILLISECOND, 25 * MICROSECOND, 4 * MILLISECOND,
            100 * MICROSECOND, 500 * MICROSECOND, 5 * MICROSECOND, 2 * MICROSECOND, 100, true);
    /** The same, but an issue's links read from the database each time, as Jira's javadoc warns may happen. */
    public static final Model DATA_CENTER_LINKS_UNCACHED = new Model("dataCenterLinksUncached", DATA_CENTER.searchRequest(),
            DATA_CENTER.searchIssue(), DATA_CENTER.count(), DATA_CENTER.parse(), DATA_CENTER.databaseQuery(),
            DATA_CENTER.databaseRow(), DATA_CENTER.cached(), DATA_CENTER.cachedRow(), false);

    private final Model model;
    private final boolean waits;
    private final LongAdder charged = new LongAdder();
    private final LongAdder calls = new LongAdder();

    private JiraCosts(Model model, boolean waits) {
        this.model = model;
        this.waits = waits;
    }

    /** Costs that are added up and waited out. */
    public static JiraCosts paid(Model model) {
        return new JiraCosts(model, true);
    }

    /** Costs that are added up, never waited out: for tests, which count and do not time. */
    public static JiraCosts counted(Model model) {
        return new JiraCosts(model, false);
    }

    /** The model by its {@link Model#name()}. */
    public static Model model(String name) {
        for (Model model : new Model[] {FREE, DATA_CENTER, DATA_CENTER_LINKS_UNCACHED}) {
            if (model.name().equals(name)) {
                return model;
            }
        }
        throw new IllegalArgumentException("no cost model " + name + "; there are free, dataCenter and dataCenterLinksUncached");
    }

    void search(int issuesReturned) {
        charge(model.searchRequest() + issuesReturned * model.searchIssue());
    }

    void count() {
        charge(model.count());
    }

    void parse() {
        charge(model.parse());
    }

    void databaseQuery(int rows) {
        charge(model.databaseQuery() + rows * model.databaseRow());
    }

    void cached() {
        charge(model.cached());
    }

    /** One issue's outward or inward links, from Jira's caches or from the database. */
    void issueLinks(int links) {
        if (model.linksCached()) {
            charge(model.cached() + links * model.cachedRow());
        } else {
            databaseQuery(links);
        }
    }

    /** Nanoseconds charged since the last {@link #forget()}. */
    public long chargedNanos() {
        return charged.sum();
    }

    /** Calls charged since the last {@link #forget()}. */
    public long calls() {
        return calls.sum();
    }

    public void forget() {
        charged.reset();
        calls.reset();
    }

    private void charge(long nanos) {
        charged.add(nanos);
        calls.increment();
        if (waits && nanos > 0) {
            long end = System.nanoTime() + nanos;
            if (nanos > SPIN_BELOW_NANOS) {
                LockSupport.parkNanos(nanos - SPIN_BELOW_NANOS / 2);
            }
            while (System.nanoTime() < end) {
                Thread.onSpinWait();
            }
        }
    }
}
