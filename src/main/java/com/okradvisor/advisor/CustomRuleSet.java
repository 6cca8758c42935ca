package com.okradvisor.advisor;

import com.okradvisor.advisor.fact.Thresholds;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBase;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Global;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;

/**
 * The custom rules in force, each compiled into a KieBase of its own and fired within
 * {@link CustomRuleBounds}. They are judged apart from the shipped rules, in sessions of their own fed
 * the same facts, so nothing a custom rule does can lose a shipped finding; and apart from each other,
 * so a custom rule that throws or overruns is taken out alone, its session disposed and its findings
 * of that evaluation dropped, while every other custom rule goes on.
 */
final class CustomRuleSet {

    /**
     * One custom rule and the KieBase holding it alone.
     *
     * @param batchFacts facts per session: a batch when the rule matches one fact, else all of them
     * @param globals the globals its file declares, which its sessions are given
     */
    private record CustomRule(String name, String key, String file, KieBase base, int batchFacts, Set<String> globals) {
    }

    private final List<CustomRule> rules;
    private final CustomRuleBounds bounds;

    private CustomRuleSet(List<CustomRule> rules, CustomRuleBounds bounds) {
        this.rules = rules;
        this.bounds = bounds;
    }

    /**
     * The rules of {@code packages} (compiled custom files), each in a KieBase of its own holding every
     * package's functions and only that rule; {@code batchFacts} facts per session for a rule that
     * {@code matchesOneFact}, all facts in one session for any other.
     */
    static CustomRuleSet of(Collection<KiePackage> packages, KieBaseConfiguration configuration, CustomRuleBounds bounds,
            Predicate<Rule> matchesOneFact, int batchFacts) {
        List<CustomRule> rules = new ArrayList<>();
        for (KiePackage kiePackage : packages) {
            for (Rule rule : kiePackage.getRules()) {
                InternalKnowledgeBase base = KnowledgeBaseFactory.newKnowledgeBase(configuration);
                base.addPackages(packages);
                for (KiePackage other : packages) {
                    other.getRules().stream().filter(any -> !(other == kiePackage && any.getName().equals(rule.getName())))
                            .forEach(any -> base.removeRule(other.getName(), any.getName()));
                }
                Set<String> globals = base.getKiePackages().stream().flatMap(held -> held.getGlobalVariables().stream())
                        .map(Global::getName).collect(Collectors.toUnmodifiableSet());
                rules.add(new CustomRule(rule.getName(), String.valueOf(rule.getMetaData().get(RuleCatalogue.KEY)),
                        ((RuleImpl) rule).getResource().getSourcePath(), base,
                        matchesOneFact.test(rule) ? batchFacts : Integer.MAX_VALUE, globals));
            }
        }
        return new CustomRuleSet(List.copyOf(rules), bounds);
    }

    /** Whether every custom rule is judged in batches of facts. */
    boolean judgesInBatches() {
        return rules.stream().allMatch(rule -> rule.batchFacts() < Integer.MAX_VALUE);
    }

    /** Opens the sessions of one evaluation: one per custom rule that {@code disabled} leaves switched on. */
    Judging judging(Set<String> disabled, FindingCollector collector, Thresholds thresholds) {
        return new Judging(rules.stream().filter(rule -> !disabled.contains(rule.key()))
                .map(rule -> new RuleJudge(rule, collector, thresholds)).toList());
    }

    /** The custom rules' part of one evaluation; not shared between threads. */
    final class Judging implements AutoCloseable {

        private final List<RuleJudge> judges;
        private final List<RuleIncident> incidents = new ArrayList<>();

        private Judging(List<RuleJudge> judges) {
            this.judges = judges;
        }

        /** Gives {@code fact} to every custom rule still in force. */
        void insert(Object fact) {
            for (RuleJudge judge : judges) {
                judge.insert(fact, incidents);
            }
        }

        /** Fires what every custom rule still in force holds; call once all facts are in. */
        void fire() {
            for (RuleJudge judge : judges) {
                judge.fire(incidents);
            }
        }

        /** The rules taken out of this evaluation, in the order it happened. */
        List<RuleIncident> incidents() {
            return incidents;
        }

        @Override
        public void close() {
            judges.forEach(RuleJudge::close);
        }
    }

    /** One custom rule's sessions in one evaluation, and what it spent. */
    private final class RuleJudge {

        private final CustomRule rule;
        private final FindingCollector collector;
        private final Thresholds thresholds;
        private final Watch watch = new Watch();
        private KieSession session;
        private int inserted;
        private long spentNanos;
        private boolean out;

        RuleJudge(CustomRule rule, FindingCollector collector, Thresholds thresholds) {
            this.rule = rule;
            this.collector = collector;
            this.thresholds = thresholds;
        }

        void insert(Object fact, List<RuleIncident> incidents) {
            if (out) {
                return;
            }
            if (session == null) {
                session = open();
            }
            long start = System.nanoTime();
            try {
                session.insert(fact);
            } catch (RuntimeException | StackOverflowError thrown) {
                takeOut(RuleIncident.Kind.THREW, "threw " + thrown(thrown) + " in its condition", incidents);
                return;
            } finally {
                spentNanos += System.nanoTime() - start;
            }
            if (spentNanos > bounds.timeBudget().toNanos()) {
                takeOut(RuleIncident.Kind.OUT_OF_TIME, overTime(), incidents);
            } else if (++inserted == rule.batchFacts()) {
                fire(incidents);
            }
        }

        /** Fires the open session within the rule's firing limit and what is left of its time, then disposes it. */
        void fire(List<RuleIncident> incidents) {
            if (out || session == null) {
                return;
            }
            int limit = bounds.firingLimit(inserted);
            watch.deadline = System.nanoTime() + bounds.timeBudget().toNanos() - spentNanos;
            long start = System.nanoTime();
            try {
                int fired = session.fireAllRules(limit + 1);
                if (watch.halted) {
                    takeOut(RuleIncident.Kind.OUT_OF_TIME, overTime(), incidents);
                } else if (fired > limit) {
                    takeOut(RuleIncident.Kind.TOO_MANY_FIRINGS, "fired more than " + limit + " times in a session of "
                            + inserted + " facts (an update without no-loop?)", incidents);
                }
            } catch (ConsequenceException thrown) {
                takeOut(RuleIncident.Kind.THREW, "threw " + thrown(thrown.getCause()) + " in its consequence", incidents);
            } catch (RuntimeException | StackOverflowError thrown) {
                takeOut(RuleIncident.Kind.THREW, "threw " + thrown(thrown) + " in its condition", incidents);
            } finally {
                spentNanos += System.nanoTime() - start;
            }
            close();
            inserted = 0;
        }

        private KieSession open() {
            KieSession opened = rule.base().newKieSession();
            if (rule.globals().contains(Advisor.FINDINGS_GLOBAL)) {
                opened.setGlobal(Advisor.FINDINGS_GLOBAL, collector);
            }
            if (rule.globals().contains(Advisor.THRESHOLDS_GLOBAL)) {
                opened.setGlobal(Advisor.THRESHOLDS_GLOBAL, thresholds);
            }
            watch.session = opened;
            watch.halted = false;
            opened.addEventListener(watch);
            opened.insert(thresholds);
            return opened;
        }

        private String overTime() {
            return "took longer than " + bounds.timeBudget().toMillis() + " ms";
        }

        /**
         * Takes the rule out of this evaluation: its session disposed, its findings dropped, and why. The
         * exception is named by its class alone: its message may quote issue text the reader of the admin
         * page or the log may not see.
         */
        private void takeOut(RuleIncident.Kind kind, String detail, List<RuleIncident> incidents) {
            out = true;
            close();
            collector.drop(rule.key());
            incidents.add(new RuleIncident(rule.key(), rule.name(), rule.file(), kind, detail));
        }

        private static String thrown(Throwable thrown) {
            Throwable cause = thrown;
            while (cause.getCause() != null && cause.getCause() != cause) {
                cause = cause.getCause();
            }
            return cause.getClass().getName();
        }

        void close() {
            if (session != null) {
                session.dispose();
                session = null;
            }
        }
    }

    /**
     * The time budget, enforced by halting the session: checked before each firing, on the firing
     * thread. A halt from another thread would take effect at the same point (Drools stops between
     * firings, never inside a consequence or a condition), so a watchdog thread would add nothing but a
     * thread to stop when the plugin is disabled.
     */
    private static final class Watch extends DefaultAgendaEventListener {

        private KieSession session;
        private long deadline;
        private boolean halted;

        @Override
        public void beforeMatchFired(BeforeMatchFiredEvent event) {
            if (!halted && System.nanoTime() - deadline > 0) {
                halted = true;
                session.halt();
            }
        }
    }
}
