package com.okradvisor.advisor;

import java.time.Duration;
import java.util.Objects;

/**
 * What one custom rule may spend in one evaluation. Each custom rule runs in sessions of its own, so
 * a rule that reaches a bound is taken out alone: its session is disposed, its findings of that
 * evaluation are dropped, and every other rule goes on.
 *
 * <p>The defaults are generous for an honest rule, which fires at most once per fact it matches (or
 * once per match of a join) and takes microseconds per firing: {@link #FIRINGS_FLOOR} plus
 * {@link #FIRINGS_PER_FACT} firings per fact of a session, and {@link #TIME_BUDGET} of wall-clock time
 * per evaluation for its conditions and consequences. An {@code update} without {@code no-loop} fires
 * without end and reaches the firing limit within milliseconds.
 *
 * @param firingsFloor firings every session allows, however few its facts
 * @param firingsPerFact further firings per fact inserted into a session
 * @param timeBudget the time a rule may take in one evaluation, inserting facts and firing, over all its sessions
 */
public record CustomRuleBounds(int firingsFloor, int firingsPerFact, Duration timeBudget) {

    /** Firings every session of a custom rule allows. */
    public static final int FIRINGS_FLOOR = 1_000;
    /** Further firings a session of a custom rule allows per fact it holds. */
    public static final int FIRINGS_PER_FACT = 10;
    /** The wall-clock time one custom rule may take in one evaluation. */
    public static final Duration TIME_BUDGET = Duration.ofSeconds(1);
    /** The bounds every evaluation and every dry run fires custom rules with. */
    public static final CustomRuleBounds DEFAULTS = new CustomRuleBounds(FIRINGS_FLOOR, FIRINGS_PER_FACT, TIME_BUDGET);

    public CustomRuleBounds {
        if (firingsFloor < 1 || firingsPerFact < 0) {
            throw new IllegalArgumentException("a custom rule must be allowed at least one firing");
        }
        Objects.requireNonNull(timeBudget, "timeBudget");
    }

    /** The most firings a session holding {@code facts} facts allows one custom rule, never overflowing. */
    int firingLimit(int facts) {
        return (int) Math.min(Integer.MAX_VALUE - 1L, firingsFloor + (long) firingsPerFact * facts);
    }
}
