package com.okradvisor.intake;

import com.okradvisor.model.IssueKeys;
import com.okradvisor.model.Mapping;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Jira Data Center's search window, and the one way both adapters search past it. On OpenSearch,
 * and on Lucene with JQL resilience on, one search reaches at most the first {@value #SIZE} results
 * ({@code max_result_window}); asking past them fails the search. A search ordered by key goes on
 * after the last key it got: JQL compares keys (and ids, which JQL treats as keys) only within a
 * project, and ORDER BY key keeps each project's issues together, so the projects already seen are
 * excluded whole (docs/jira-rest.md).
 */
public final class SearchWindow {

    /** The most results one search can reach: Jira's default {@code max_result_window}. */
    public static final int SIZE = 10_000;

    private SearchWindow() {
    }

    /**
     * The issues of {@code restriction} after {@code lastKey}, in projects after those already seen:
     * {@code (JQL) AND ((project = "P" AND key > "P-9") OR project not in ("A", "P"))}.
     */
    public static String after(String restriction, String lastKey, Set<String> projects) {
        return "(" + restriction + ") AND ((project = " + Mapping.quoted(IssueKeys.project(lastKey)) + " AND key > "
                + Mapping.quoted(lastKey) + ") OR project not in ("
                + projects.stream().map(Mapping::quoted).collect(Collectors.joining(", ")) + "))";
    }
}
