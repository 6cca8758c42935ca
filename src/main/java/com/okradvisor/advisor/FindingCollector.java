package com.okradvisor.advisor;

import com.okradvisor.model.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.drools.model.Drools;
import org.kie.api.runtime.rule.RuleContext;

/**
 * The {@code findings} global every rule reports to: a rule names the issue and the message, the
 * catalogue adds severity and remedy. One collector per evaluation; not shared between threads.
 */
public final class FindingCollector {

    private final Map<String, RuleEntry> catalogue;
    private final List<Finding> findings = new ArrayList<>();

    FindingCollector(Map<String, RuleEntry> catalogue) {
        this.catalogue = catalogue;
    }

    /** Called from the consequence of a rule compiled from DRL: {@code findings.report(drools, $kr.key(), "…")}. */
    public void report(RuleContext rule, String issueKey, String message) {
        String key = String.valueOf(rule.getRule().getMetaData().get(RuleCatalogue.KEY));
        RuleEntry entry = catalogue.get(key);
        findings.add(new Finding(key, entry.severity(), issueKey, message, entry.remedy()));
    }

    /**
     * The same call from a shipped rule, which the build compiled into Drools' executable model: there
     * {@code drools} is the model's {@link Drools}, whose implementation is also the rule's context.
     */
    public void report(Drools drools, String issueKey, String message) {
        report((RuleContext) drools, issueKey, message);
    }

    /** Drops every finding of the rule {@code ruleKey}: it was taken out of the evaluation. */
    void drop(String ruleKey) {
        findings.removeIf(finding -> finding.rule().equals(ruleKey));
    }

    List<Finding> findings() {
        return findings;
    }
}
