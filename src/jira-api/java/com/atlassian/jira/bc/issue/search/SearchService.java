package com.atlassian.jira.bc.issue.search;

// Mirrors https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/bc/issue/search/SearchService.html
// Declaration only (docs/jira-api.md, "Declarations"): Jira provides the real type at run time; never packaged.

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;

public interface SearchService {
    SearchResults<Issue> search(ApplicationUser searcher, Query query, PagerFilter pager) throws SearchException;

    long searchCountOverrideSecurity(ApplicationUser searcher, Query query) throws SearchException;

    /**
     * The same search as {@link #search} without the searcher's permissions: every issue the query finds.
     * The signature every public caller and implementation found uses (for example
     * cures-hub/cures-condec-jira's {@code MockSearchService}, built against Jira 8.21); UNCONFIRMED for
     * 10.3 and 11.3, so the app falls back to reading as the user when Jira lacks it (docs/jira-api.md).
     */
    SearchResults<Issue> searchOverrideSecurity(ApplicationUser searcher, Query query, PagerFilter pager) throws SearchException;

    ParseResult parseQuery(ApplicationUser searcher, String query);

    /**
     * Whether each clause of a parsed query names a field or function this Jira has: parsing checks only
     * the syntax, and a search runs a clause Jira cannot resolve as matching nothing (Jira's public source
     * of {@code QueryVisitor}: "adding false to the tree for bits that we can not resolve"). From
     * Atlassian's javadoc of SearchService (server), {@code MessageSet validateQuery(ApplicationUser, Query)};
     * UNCONFIRMED for 10.3 and 11.3.
     */
    MessageSet validateQuery(ApplicationUser searcher, Query query);

    /** Mirrors {@code SearchService.ParseResult}. */
    class ParseResult {
        public Query getQuery() {
            throw new UnsupportedOperationException("declaration only: Jira provides this class");
        }

        public boolean isValid() {
            throw new UnsupportedOperationException("declaration only: Jira provides this class");
        }
    }
}
