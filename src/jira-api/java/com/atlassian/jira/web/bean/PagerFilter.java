package com.atlassian.jira.web.bean;

// Mirrors https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/web/bean/PagerFilter.html
// Declaration only (DESIGN.md §6): Jira provides the real type at run time; never packaged.

public class PagerFilter<T> {
    public static PagerFilter getUnlimitedFilter() {
        throw new UnsupportedOperationException("declaration only: Jira provides this class");
    }
}
