package com.okradvisor.jira;

import com.okradvisor.advisor.Advisor;
import com.okradvisor.advisor.Assessment;
import com.okradvisor.advisor.RuleEntry;
import com.okradvisor.advisor.RuleFileException;
import com.okradvisor.advisor.RuleProblem;
import com.okradvisor.model.Portfolio;
import com.okradvisor.settings.OkrSettings;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import javax.inject.Inject;
import javax.inject.Named;

/**
 * The advisor in force: the shipped rules, compiled once when the plugin starts, plus the custom DRL
 * files an admin stored. The thresholds and switched-off rules come with each call, in the settings
 * the caller loaded once for its request.
 *
 * <p>The stored settings are the only source of truth, so every node of a cluster answers alike. The
 * advisor compiled from the stored custom files is derived state, kept only while the stored text is
 * the same: a node that sees other text (another node saved) compiles again. A stored file that no
 * longer compiles is skipped, with its problems shown on the admin page, and the rest keep working.
 */
@Named
public class AdvisorInForce {

    private final Advisor shipped = Advisor.load(Advisor.class.getClassLoader());
    private final OkrSettingsStore settingsStore;
    private final AtomicReference<RulesInForce> compiled = new AtomicReference<>();

    @Inject
    public AdvisorInForce(OkrSettingsStore settingsStore) {
        this.settingsStore = settingsStore;
    }

    /**
     * The judgement of {@code portfolio} as of {@code asOf} (findings and standings), under the
     * thresholds, switches and progress settings of {@code settings}: the caller loads them once per
     * request and passes them along.
     */
    public Assessment assess(Portfolio portfolio, OkrSettings settings, LocalDate asOf) {
        return inForce().advisor().assess(portfolio, settings.advisor(), asOf);
    }

    /** Every rule in force, shipped and custom, in catalogue order. */
    public List<RuleEntry> rules() {
        return inForce().advisor().catalogue().entries();
    }

    /**
     * The advisor that {@code customRules} would give, leaving the rules in force as they are.
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
