package com.okradvisor.jira;

import com.okradvisor.advisor.Advisor;
import com.okradvisor.advisor.AdvisorSettings;
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
        return advisor.evaluate(portfolio, AdvisorSettings.DEFAULTS.withProgress(progress), asOf);
    }
}
