package com.okradvisor.jira;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;
import java.util.List;
import javax.inject.Inject;
import javax.inject.Named;

/**
 * JQL searches as the current user: Jira returns only issues the user may browse. A query Jira
 * refuses, or a search that fails, is an {@link OkrReadException} naming the JQL.
 */
@Named
public class JiraSearch {

    private final SearchService searchService;

    @Inject
    public JiraSearch(SearchService searchService) {
        this.searchService = searchService;
    }

    /** Every issue {@code jql} finds that {@code user} may browse. */
    public List<Issue> issues(ApplicationUser user, String jql) {
        try {
            return searchService.search(user, parse(user, jql), PagerFilter.getUnlimitedFilter()).getResults();
        } catch (SearchException e) {
            throw new OkrReadException("the search failed: " + jql, e);
        }
    }

    /** True when {@code jql}, which selects one issue by key, finds it and {@code user} may browse it. */
    public boolean matchesAny(ApplicationUser user, String jql) {
        return !issues(user, jql).isEmpty();
    }

    /** How many issues {@code jql} finds, including those {@code user} may not browse. */
    public long countAll(ApplicationUser user, String jql) {
        try {
            return searchService.searchCountOverrideSecurity(user, parse(user, jql));
        } catch (SearchException e) {
            throw new OkrReadException("the count failed: " + jql, e);
        }
    }

    private Query parse(ApplicationUser user, String jql) {
        SearchService.ParseResult parsed = searchService.parseQuery(user, jql);
        if (!parsed.isValid()) {
            throw new OkrReadException("Jira does not accept this JQL: " + jql, null);
        }
        return parsed.getQuery();
    }

    /** {@code key} as a JQL string literal. */
    static String quoted(String key) {
        return "\"" + key.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
