package com.okradvisor.cli;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the scan needs to know of a JQL query: its restriction, without the ORDER BY clause. */
final class Jql {

    private static final Pattern ORDER_BY = Pattern.compile("(?i)\\border\\s+by\\b");

    private Jql() {
    }

    /** {@code jql} without its ORDER BY clause, stripped; an ORDER BY inside a quoted value stays. */
    static String restriction(String jql) {
        Matcher order = ORDER_BY.matcher(unquoted(jql));
        return (order.find() ? jql.substring(0, order.start()) : jql).strip();
    }

    /** True when {@code jql} selects every issue: empty, or only an ORDER BY clause. */
    static boolean isUnbounded(String jql) {
        return restriction(jql).isEmpty();
    }

    /** {@code jql} with every character inside a quoted value replaced, so that patterns see only the query's words. */
    private static String unquoted(String jql) {
        StringBuilder masked = new StringBuilder(jql.length());
        char quote = 0;
        boolean escaped = false;
        for (char c : jql.toCharArray()) {
            if (quote == 0) {
                masked.append(c);
                quote = c == '"' || c == '\'' ? c : 0;
            } else {
                masked.append('_');
                if (escaped) {
                    escaped = false;
                } else if (c == '\\') {
                    escaped = true;
                } else if (c == quote) {
                    quote = 0;
                }
            }
        }
        return masked.toString();
    }
}
