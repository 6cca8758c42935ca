package com.okradvisor.jira.view;

import com.okradvisor.advisor.RuleProblem;
import com.okradvisor.view.Html;

/** Why a custom rule file was refused or skipped: the file, the line (0 when none) and the compiler's message. */
public final class RuleProblemRow {

    private final RuleProblem problem;

    public RuleProblemRow(RuleProblem problem) {
        this.problem = problem;
    }

    public String getFileHtml() {
        return Html.escape(problem.file());
    }

    public int getLine() {
        return problem.line();
    }

    public String getMessageHtml() {
        return Html.escape(problem.message());
    }
}
