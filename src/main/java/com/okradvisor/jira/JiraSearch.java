package com.okradvisor.jira;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;
import com.okradvisor.intake.SearchWindow;
import com.okradvisor.model.IssueKeys;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.inject.Inject;
import javax.inject.Named;

/**
 * JQL searches as the current user: Jira returns only issues the user may browse ({@link #wholeSite}
 * is the one exception, for a read each viewer gets only through Jira's permission checks). A query
 * Jira refuses, or a search that fails, is an {@link OkrReadException} naming the JQL.
 *
 * <p>Every search is bounded. On OpenSearch, and on Lucene with JQL resilience on, one search
 * reaches at most the first {@value #SEARCH_WINDOW} results ({@code max_result_window}), and asking
 * past them fails the search, so an unlimited search fails on a large site. A search here reads at
 * most the limit its caller states, never past the window, in pages of {@value #PAGE_SIZE}, and
 * reports how many issues Jira found, so the caller can say how many it left out.
 */
@Named
public class JiraSearch {

    /** The most results one search can reach: Jira's default {@code max_result_window}. */
    public static final int SEARCH_WINDOW = SearchWindow.SIZE;
    /**
     * Issues asked for in one request: an objective's key results, even the most one view reads
     * ({@value OkrReader#KEY_RESULTS_READ}), fit in one page, and a page bounds how many issues Jira loads
     * for one request. It is the most Jira's own REST search returns in one page by default
     * ({@code jira.search.views.default.max}, 1000 in Atlassian's admin guide "Limiting the number of
     * issues returned from a search view"; the Java API this class calls is not held to it). Each
     * request costs Jira its query and sort again, so the coach view's read of 10,000 objectives makes
     * 62 requests where pages of 200 made 310, about a second less of Jira's time (docs/performance.md,
     * "What Jira's calls cost").
     */
    static final int PAGE_SIZE = 1_000;

    private final SearchService searchService;
    private final boolean wholeSite;

    @Inject
    public JiraSearch(SearchService searchService) {
        this(searchService, false);
    }

    private JiraSearch(SearchService searchService, boolean wholeSite) {
        this.searchService = searchService;
        this.wholeSite = wholeSite;
    }

    /**
     * The same searches without the user's permissions: every issue a JQL finds. Only for a read that
     * is never shown as it is, but to each viewer through Jira's permission check of each issue
     * ({@link SiteRead}). The user still runs the JQL (its functions, its time zone).
     */
    JiraSearch wholeSite() {
        return new JiraSearch(searchService, true);
    }

    /**
     * The issues a search read, in the search's order, and how many it found that the user may
     * browse, read or not.
     */
    public record Found(List<Issue> issues, int total) {

        public Found {
            issues = List.copyOf(issues);
        }

        /** Issues the search found but did not read, because of the caller's limit. */
        public int notRead() {
            return Math.max(0, total - issues.size());
        }
    }

    /** The first {@code limit} issues {@code jql} finds that {@code user} may browse (1 to {@value #SEARCH_WINDOW}). */
    public Found issues(ApplicationUser user, String jql, int limit) {
        if (limit < 1 || limit > SEARCH_WINDOW) {
            throw new IllegalArgumentException("a search reads 1 to " + SEARCH_WINDOW + " issues, not " + limit);
        }
        Query query = parse(user, jql);
        List<Issue> read = new ArrayList<>();
        int asked;
        SearchResults<Issue> page;
        do {
            asked = Math.min(PAGE_SIZE, limit - read.size());
            page = page(user, query, read.size(), asked, jql);
            read.addAll(page.getResults());
        } while (page.getResults().size() == asked && read.size() < Math.min(limit, page.getTotal()));
        return new Found(read, page.getTotal());
    }

    /**
     * The first {@code limit} issues {@code restriction} (JQL without ORDER BY) finds that {@code user}
     * may browse, in key order, reaching past the search window: at its edge the search goes on after
     * the last key read ({@link SearchWindow#after}). The total is what the first search found.
     */
    public Found all(ApplicationUser user, String restriction, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("a search reads at least 1 issue, not " + limit);
        }
        List<Issue> read = new ArrayList<>();
        Set<String> projects = new LinkedHashSet<>();
        String jql = "(" + restriction + ")";
        int total = -1;
        while (true) {
            Found found = issues(user, jql + " ORDER BY key", Math.min(SEARCH_WINDOW, limit - read.size()));
            total = total < 0 ? found.total() : total;
            read.addAll(found.issues());
            if (found.notRead() == 0 || found.issues().isEmpty() || read.size() >= limit) {
                return new Found(read, total);
            }
            found.issues().forEach(issue -> projects.add(IssueKeys.project(issue.getKey())));
            jql = SearchWindow.after(restriction, read.get(read.size() - 1).getKey(), projects);
        }
    }

    /** True when {@code jql}, which selects one issue by key, finds it and {@code user} may browse it. */
    public boolean matchesAny(ApplicationUser user, String jql) {
        return !issues(user, jql, 1).issues().isEmpty();
    }

    /**
     * True when this Jira knows every field and function {@code jql} names. A clause that one Jira line
     * has and another lacks (JQL's {@code issueLinkType}) must be asked about first: Jira parses it
     * either way, and a search runs a clause it cannot resolve as matching nothing, so a count would
     * answer 0 instead of failing.
     */
    public boolean knows(ApplicationUser user, String jql) {
        SearchService.ParseResult parsed = searchService.parseQuery(user, jql);
        return parsed.isValid() && !searchService.validateQuery(user, parsed.getQuery()).hasAnyErrors();
    }

    /** How many issues {@code jql} finds, including those {@code user} may not browse. */
    public long countAll(ApplicationUser user, String jql) {
        try {
            return searchService.searchCountOverrideSecurity(user, parse(user, jql));
        } catch (SearchException e) {
            throw new OkrReadException("the count failed: " + jql, e);
        }
    }

    private SearchResults<Issue> page(ApplicationUser user, Query query, int start, int max, String jql) {
        try {
            PagerFilter<Issue> pager = new PagerFilter<>(start, max);
            return wholeSite ? searchService.searchOverrideSecurity(user, query, pager)
                    : searchService.search(user, query, pager);
        } catch (SearchException e) {
            throw new OkrReadException("the search failed: " + jql, e);
        }
    }

    private Query parse(ApplicationUser user, String jql) {
        SearchService.ParseResult parsed = searchService.parseQuery(user, jql);
        if (!parsed.isValid()) {
            throw new OkrReadException("Jira does not accept this JQL: " + jql, null);
        }
        return parsed.getQuery();
    }
}
