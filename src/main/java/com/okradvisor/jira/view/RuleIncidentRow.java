package com.okradvisor.jira.view;

import com.okradvisor.advisor.RuleIncident;
import com.okradvisor.view.Html;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** A custom rule recently taken out of an evaluation, as the admin page lists it: when, which rule, what happened. */
public final class RuleIncidentRow {

    private final Instant at;
    private final RuleIncident incident;

    public RuleIncidentRow(Instant at, RuleIncident incident) {
        this.at = at;
        this.incident = incident;
    }

    /** When a node last saw it, in UTC to the second, e.g. {@code 2026-11-30T19:40:05Z}. */
    public String getAt() {
        return at.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** The kind, for its i18n key: {@code too-many-firings}, {@code out-of-time} or {@code threw}. */
    public String getKindKey() {
        return incident.kind().key();
    }

    public String getRuleKeyHtml() {
        return Html.escape(incident.ruleKey());
    }

    public String getFileHtml() {
        return Html.escape(incident.file());
    }

    public String getDetailHtml() {
        return Html.escape(incident.detail());
    }
}
