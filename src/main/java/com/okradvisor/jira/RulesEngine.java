package com.okradvisor.jira;

import com.okradvisor.advisor.Advisor;
import com.okradvisor.advisor.AdvisorSettings;
import com.okradvisor.advisor.RuleEntry;
import com.okradvisor.model.Finding;
import com.okradvisor.model.Portfolio;
import com.okradvisor.progress.ProgressSettings;
import java.time.LocalDate;
import java.util.List;
import javax.inject.Named;

/**
 * The advisor with the shipped rules, compiled once when the plugin starts. It holds no mutable
 * state, so every node of a cluster compiles the same rules and answers alike.
 */
@Named
public class RulesEngine {

    private final Advisor advisor = Advisor.load(Advisor.class.getClassLoader());

    /** The findings on {@code portfolio} as of {@code asOf}. */
    public List<Finding> evaluate(Portfolio portfolio, ProgressSettings progress, LocalDate asOf) {
        return advisor.evaluate(portfolio, settings(progress), asOf);
    }

    /** The settings the rules run with: the thresholds' values in force and {@code progress}. */
    public AdvisorSettings settings(ProgressSettings progress) {
        return AdvisorSettings.DEFAULTS.withProgress(progress);
    }

    /** Every rule in force, in catalogue order. */
    public List<RuleEntry> rules() {
        return advisor.catalogue().entries();
    }
}
