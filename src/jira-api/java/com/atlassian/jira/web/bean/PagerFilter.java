package com.atlassian.jira.web.bean;

// Mirrors https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/web/bean/PagerFilter.html
// PagerFilter(int start, int max): listed in Jira's javadoc (https://docs.atlassian.com/jira/7.2.6/com/atlassian/jira/web/bean/PagerFilter.html,
// @PublicApi) and passed to SearchService.search by public Jira apps (e.g. ru.mail.jira.plugins.myteam's
// IssueServiceImpl); neither the 10.3 nor the 11.3 page could be read here, nor an app shown to build
// against them: that the constructor is unchanged there is UNCONFIRMED.
// getStart() and getMax(), and the two values the constructor keeps, are as in Jira's public source of the
// class (com/atlassian/jira/web/bean/PagerFilter.java, found in the code index); the app never calls them.
// This declaration keeps the values as that source does, so the benchmarks' fakes of Jira's search can read
// the page asked for without a mock (docs/jira-api.md, "Declarations").
// Declaration only (docs/jira-api.md, "Declarations"): Jira provides the real type at run time; never packaged.

public class PagerFilter<T> {
    private final int start;
    private final int max;

    public PagerFilter(int start, int max) {
        this.start = start;
        this.max = max;
    }

    public int getStart() {
        return start;
    }

    public int getMax() {
        return max;
    }
}
