package com.okradvisor.view;

import java.util.List;

/**
 * One page of the findings a {@link FindingFilter} selects: its rows, grouped as asked, how many the
 * filter selects in all and per severity (every page shows the same counts), and where the other
 * pages are. Immutable; templates read it through getters.
 */
public final class FindingPage {

    private final FindingFilter filter;
    private final List<FindingGroup> groups;
    private final int total;
    private final List<SeverityCount> severityCounts;

    FindingPage(FindingFilter filter, List<FindingGroup> groups, int total, List<SeverityCount> severityCounts) {
        this.filter = filter;
        this.groups = List.copyOf(groups);
        this.total = total;
        this.severityCounts = List.copyOf(severityCounts);
    }

    public FindingFilter filter() {
        return filter;
    }

    public List<FindingGroup> getGroups() {
        return groups;
    }

    /** The rows of this page, in order, across its groups. */
    public List<FindingRow> getRows() {
        return groups.stream().flatMap(group -> group.rows().stream()).toList();
    }

    /** How many findings the filter selects, on every page. */
    public int getTotal() {
        return total;
    }

    public List<SeverityCount> getSeverityCounts() {
        return severityCounts;
    }

    public int getPage() {
        return filter.page();
    }

    /** How many pages the selected findings fill; 1 when there are none. */
    public int getPageCount() {
        return Math.max(1, (total + filter.pageSize() - 1) / filter.pageSize());
    }

    public boolean isFirstPage() {
        return filter.page() == 1;
    }

    public boolean isLastPage() {
        return filter.page() >= getPageCount();
    }

    /** The URL query of the previous page (as {@link FindingFilter#query(int)}). */
    public String getPreviousQuery() {
        return filter.query(Math.max(1, filter.page() - 1));
    }

    /** {@link #getPreviousQuery()} escaped for an HTML attribute. */
    public String getPreviousQueryHtml() {
        return Html.escape(getPreviousQuery());
    }

    public String getNextQuery() {
        return filter.query(Math.min(getPageCount(), filter.page() + 1));
    }

    public String getNextQueryHtml() {
        return Html.escape(getNextQuery());
    }

    /** The URL query of this view, the page left out: what export links and filters build on. */
    public String getQuery() {
        return filter.query(1);
    }

    public String getQueryHtml() {
        return Html.escape(getQuery());
    }
}
