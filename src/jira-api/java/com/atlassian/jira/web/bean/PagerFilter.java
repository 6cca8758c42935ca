package com.atlassian.jira.web.bean;

// Mirrors https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/web/bean/PagerFilter.html
// PagerFilter(int start, int max): listed in Jira's javadoc (https://docs.atlassian.com/jira/7.2.6/com/atlassian/jira/web/bean/PagerFilter.html,
// @PublicApi) and called as new PagerFilter<>(0, max) by public apps that pass it to SearchService.search.
// The 10.3 and 11.3 pages could not be read here: that it is unchanged there is UNCONFIRMED.
// Declaration only (DESIGN.md §6): Jira provides the real type at run time; never packaged.

public class PagerFilter<T> {
    public PagerFilter(int start, int max) {
        throw new UnsupportedOperationException("declaration only: Jira provides this class");
    }
}
