package com.okradvisor.report;

import com.okradvisor.model.Finding;
import com.okradvisor.model.Severity;
import java.util.Locale;

/** One rule finding as a panel shows it: severity lozenge, issue, message and remedy. */
public final class FindingRow {

    private final Finding finding;

    public FindingRow(Finding finding) {
        this.finding = finding;
    }

    public String getIssueKey() {
        return finding.issueKey();
    }

    /** The severity's key for i18n, e.g. {@code major}. */
    public String getSeverity() {
        return finding.severity().name().toLowerCase(Locale.ROOT);
    }

    /** The AUI lozenge modifier for the severity. */
    public String getSeverityLozenge() {
        return lozenge(finding.severity());
    }

    public String getMessageHtml() {
        return Html.escape(finding.message());
    }

    public String getRemedyHtml() {
        return Html.escape(finding.remedy());
    }

    private static String lozenge(Severity severity) {
        return switch (severity) {
            case CRITICAL -> "aui-lozenge-error";
            case MAJOR -> "aui-lozenge-moved";
            case MINOR -> "aui-lozenge-current";
            case INFO -> "aui-lozenge-subtle";
        };
    }
}
