package com.atlassian.jira.issue.search;

// Mirrors https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/issue/search/SearchResults.html
// Declaration only (docs/jira-api.md, "Declarations"): Jira provides the real type at run time; never packaged.

import java.util.List;

public class SearchResults<T> {
    public List<T> getResults() {
        throw new UnsupportedOperationException("declaration only: Jira provides this class");
    }

    public int getTotal() {
        throw new UnsupportedOperationException("declaration only: Jira provides this class");
    }
}
