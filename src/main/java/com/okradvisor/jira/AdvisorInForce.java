package com.okradvisor.jira;

import com.okradvisor.advisor.Advisor;
import com.okradvisor.advisor.Assessment;
import com.okradvisor.advisor.RuleEntry;
import com.okradvisor.advisor.RuleFileException;
import com.okradvisor.advisor.RuleIncident;
import com.okradvisor.advisor.RuleProblem;
import com.okradvisor.model.Portfolio;
import com.okradvisor.settings.OkrSettings;
import com.okradvisor.text.Characters;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import javax.inject.Inject;
import javax.inject.Named;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The advisor in force: the shipped rules, compiled once when the plugin starts, plus the custom DRL
 * files an admin stored. The thresholds and switched-off rules come with each call, in the settings
 * the caller loaded once for its request.
 *
 * <p>The stored settings are the only source of truth, so every node of a cluster answers alike. The
 * advisor compiled from the stored custom files is derived state, kept only while the stored text is
 * the same: a node that sees other text (another node saved) compiles again. A stored file that no
 * longer compiles (or no longer passes the checks and the dry run of {@link Advisor#withCustomRules}) is
 * skipped, with its problems shown on the admin page, and the rest keep working.
 *
 * <p>A custom rule that throws or overruns in an evaluation is taken out of it by the advisor (its
 * findings left out, every other rule's kept). This class logs that and records it in the plugin
 * settings, where the admin page of any node shows it: at most once per rule and kind of incident per
 * {@link #INCIDENT_PERIOD} on each node, so a rule failing on every view neither floods the log nor
 * writes on every view. The times of the last report are node-local, and only decide whether this
 * node reports again: what the admin page shows is the shared record, the same on every node.
 */
@Named
public class AdvisorInForce {

    /** How often one node logs and records the same custom rule's same kind of incident. */
    static final Duration INCIDENT_PERIOD = Duration.ofMinutes(10);
    private static final Logger LOG = LoggerFactory.getLogger(AdvisorInForce.class);

    private final Advisor shipped = Advisor.load(Advisor.class.getClassLoader());
    private final OkrSettingsStore settingsStore;
    private final Clock clock;
    private final AtomicReference<RulesInForce> compiled = new AtomicReference<>();
    /** Rule key and kind of incident → when this node last logged and recorded it. */
    private final Map<String, Instant> lastReported = new ConcurrentHashMap<>();

    @Inject
    public AdvisorInForce(OkrSettingsStore settingsStore) {
        this(settingsStore, Clock.systemUTC());
    }

    AdvisorInForce(OkrSettingsStore settingsStore, Clock clock) {
        this.settingsStore = settingsStore;
        this.clock = clock;
    }

    /**
     * The judgement of {@code portfolio} as of {@code asOf} (findings and standings), under the
     * thresholds, switches and progress settings of {@code settings}: the caller loads them once per
     * request and passes them along. A custom rule that threw or overran is left out of it, and reported.
     */
    public Assessment assess(Portfolio portfolio, OkrSettings settings, LocalDate asOf) {
        Assessment assessment = inForce().advisor().assess(portfolio, settings.advisor(), asOf);
        if (!assessment.incidents().isEmpty()) {
            report(assessment.incidents());
        }
        return assessment;
    }

    /**
     * Logs and records the incidents this node has not reported within {@link #INCIDENT_PERIOD}. A
     * failure to record is logged, never thrown: the judgement stands without it.
     */
    private void report(List<RuleIncident> incidents) {
        Instant now = clock.instant();
        List<RuleIncidentLog.Entry> due = new ArrayList<>();
        for (RuleIncident incident : incidents) {
            RuleIncidentLog.Entry entry = new RuleIncidentLog.Entry(now, incident);
            Instant last = lastReported.get(entry.identity());
            if (last == null || !now.isBefore(last.plus(INCIDENT_PERIOD))) {
                lastReported.put(entry.identity(), now);
                LOG.warn("Custom rule taken out of an evaluation, its findings left out: {}",
                        Characters.printable(incident.toString()));
                due.add(entry);
            }
        }
        if (!due.isEmpty()) {
            try {
                settingsStore.recordRuleIncidents(due);
            } catch (RuntimeException unrecorded) {
                LOG.warn("Could not record custom rule incidents in the plugin settings", unrecorded);
            }
        }
    }

    /** Every rule in force, shipped and custom, in catalogue order. */
    public List<RuleEntry> rules() {
        return inForce().advisor().catalogue().entries();
    }

    /**
     * The advisor that {@code customRules} would give, leaving the rules in force as they are: the one
     * check every save of custom rules must pass ({@link Advisor#withCustomRules}: the allowlist, the
     * compiler, the catalogue metadata and a dry run within the evaluation bounds).
     *
     * @throws RuleFileException with every problem (file, line, message) when a file is refused
     */
    public Advisor check(Map<String, String> customRules) throws RuleFileException {
        return shipped.withCustomRules(customRules);
    }

    /** The advisor compiled from the custom files stored now, and the problems of any it skipped. */
    public RulesInForce inForce() {
        Map<String, String> stored = settingsStore.loadCustomRules();
        RulesInForce current = compiled.get();
        if (current != null && current.source().equals(stored)) {
            return current;
        }
        RulesInForce fresh = compile(stored);
        compiled.set(fresh);
        lastReported.clear();
        return fresh;
    }

    /** All stored files; failing that, those the compiler did not blame; failing that, the shipped rules. */
    private RulesInForce compile(Map<String, String> stored) {
        try {
            return new RulesInForce(stored, check(stored), List.of());
        } catch (RuleFileException refused) {
            Map<String, String> rest = new LinkedHashMap<>(stored);
            refused.problems().forEach(problem -> rest.remove(problem.file()));
            try {
                return new RulesInForce(stored, check(rest), refused.problems());
            } catch (RuleFileException stillRefused) {
                return new RulesInForce(stored, shipped, refused.problems());
            }
        }
    }

    /**
     * The rules in force and why stored custom files were skipped.
     *
     * @param source the stored custom files this advisor was compiled from
     * @param advisor the shipped rules and the stored custom files that compile
     * @param skipped the problems of the stored files left out; empty when all are in force
     */
    public record RulesInForce(Map<String, String> source, Advisor advisor, List<RuleProblem> skipped) {
    }
}
