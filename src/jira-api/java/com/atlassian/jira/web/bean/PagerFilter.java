package com.atlassian.jira.web.bean;

// Mirrors https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/web/bean/PagerFilter.html
// PagerFilter(int start, int max): listed in Jira's javadoc (https://docs.atlassian.com/jira/7.2.6/com/atlassian/jira/web/bean/PagerFilter.html,
// @PublicApi) and passed to SearchService.search by public Jira apps (e.g. ru.mail.jira.plugins.myteam's
// IssueServiceImpl); neither the 10.3 nor the 11.3 page could be read here, nor an app shown to build
// against them: that the constructor is unchanged there is UNCONFIRMED.
// Declaration only (docs/jira-api.md, "Declarations"): Jira provides the real type at run time; never packaged.

public class PagerFilter<T> {
    public PagerFilter(int start, int max) {
        throw new UnsupportedOperationException("declaration only: Jira provides this class");
    }
}
