package com.okradvisor.view;

/**
 * The one place issue text becomes HTML, and the one rule for what a template may insert unescaped.
 * View-model getters whose names end in {@code Html} return text escaped here; every other getter
 * returns a key, a number or an enum-like word. Jira's Velocity leaves a reference whose name ends in
 * {@code Html} alone and escapes the rest when auto-escaping is on (Atlassian: "JIRA 6.0 - HTML escaping
 * for Velocity templates"); the report's engine applies the same rule ({@link com.okradvisor.cli.report.HtmlReport}), so nothing
 * is escaped twice and nothing reaches a page unescaped, whether or not a renderer escapes.
 */
public final class Html {

    private static final String SUFFIX = "Html";

    private Html() {
    }

    /** {@code text} with {@code & < > " '} replaced by character references; empty for null. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder html = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> html.append("&amp;");
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                default -> html.append(c);
            }
        }
        return html.toString();
    }

    /**
     * True when a template reference such as {@code $okr.objective.titleHtml}, {@code ${x.getNoteHtml()}}
     * or {@code $okrErrorHtml} names pre-escaped HTML: its last segment ends in {@code Html}.
     */
    public static boolean isPreEscaped(String reference) {
        String name = reference.replaceAll("[$!{}\\s]", "");
        if (name.endsWith("()")) {
            name = name.substring(0, name.length() - 2);
        }
        String last = name.substring(name.lastIndexOf('.') + 1);
        return last.endsWith(SUFFIX);
    }
}
