package com.okradvisor.view;

import com.okradvisor.advisor.RuleEntry;
import com.okradvisor.model.Finding;
import java.util.Locale;
import java.util.Optional;

/**
 * One finding as reports and panels show it, with its rule's title and rationale. Text goes into
 * HTML only through the {@code …Html} getters; the plain ones serve the text, JSON and CSV reports.
 */
public final class FindingView {

    private final Finding finding;
    private final String title;
    private final String rationale;
    private final boolean isNew;

    /** A finding judged without a baseline: new. */
    public FindingView(Finding finding, Optional<RuleEntry> rule) {
        this(finding, rule, true);
    }

    /** A finding, {@code isNew} when no earlier report had its rule on its issue. */
    FindingView(Finding finding, Optional<RuleEntry> rule, boolean isNew) {
        this.finding = finding;
        this.title = rule.map(RuleEntry::title).orElse(finding.rule());
        this.rationale = rule.map(RuleEntry::rationale).orElse("");
        this.isNew = isNew;
    }

    public String getRule() {
        return finding.rule();
    }

    /** {@code CRITICAL}, {@code MAJOR}, {@code MINOR} or {@code INFO}. */
    public String getSeverity() {
        return finding.severity().name();
    }

    /** The severity in lower case, for CSS classes and filters. */
    public String getSeverityKey() {
        return finding.severity().name().toLowerCase(Locale.ROOT);
    }

    /** The AUI lozenge modifier for the severity, for the Jira panels. */
    public String getSeverityLozenge() {
        return switch (finding.severity()) {
            case CRITICAL -> "aui-lozenge-error";
            case MAJOR -> "aui-lozenge-moved";
            case MINOR -> "aui-lozenge-current";
            case INFO -> "aui-lozenge-subtle";
        };
    }

    public String getIssueKey() {
        return finding.issueKey();
    }

    public String getMessage() {
        return finding.message();
    }

    public String getMessageHtml() {
        return Html.escape(finding.message());
    }

    public String getRemedy() {
        return finding.remedy();
    }

    public String getRemedyHtml() {
        return Html.escape(finding.remedy());
    }

    public String getTitle() {
        return title;
    }

    public String getTitleHtml() {
        return Html.escape(title);
    }

    public String getRationaleHtml() {
        return Html.escape(rationale);
    }

    /** False when the baseline the report was judged against had this finding's rule on its issue. */
    public boolean isNew() {
        return isNew;
    }

    public Finding finding() {
        return finding;
    }
}
