package com.okradvisor.view;

import java.util.List;

/**
 * The findings of one page that share a rule or an objective, in the page's order.
 *
 * @param key the rule's key or the objective's key; empty for findings outside any objective, or for
 *     the one group of an ungrouped page
 * @param title the rule's title or the objective's summary; empty when {@code key} is
 */
public record FindingGroup(String key, String title, List<FindingRow> rows) {

    public FindingGroup {
        rows = List.copyOf(rows);
    }

    public String getKey() {
        return key;
    }

    /** The key escaped: a custom rule's key is an admin's text. */
    public String getKeyHtml() {
        return Html.escape(key);
    }

    public String getTitleHtml() {
        return Html.escape(title);
    }

    public List<FindingRow> getRows() {
        return rows;
    }
}
