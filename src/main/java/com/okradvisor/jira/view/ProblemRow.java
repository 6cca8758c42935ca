package com.okradvisor.jira.view;

import com.okradvisor.view.Html;

/** Data the app skipped because it could not read it, e.g. a malformed entity property. */
public final class ProblemRow {

    private final String issueKey;
    private final String message;

    public ProblemRow(String issueKey, String message) {
        this.issueKey = issueKey;
        this.message = message;
    }

    public String getIssueKey() {
        return issueKey;
    }

    public String getMessageHtml() {
        return Html.escape(message);
    }
}
