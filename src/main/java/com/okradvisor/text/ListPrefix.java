package com.okradvisor.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The list, outline and OKR identifiers teams type before a summary, which name its place and are no
 * part of what it says: bullets ("- ", "•"), enumerators ("1.", "2)", "a)", "(b)", "#2 -", "iv)"),
 * objective and key-result ids ("O1-KR3:", "KR2.1", "OKR-7", "Goal 2:"), tags ("[Growth]") and period
 * labels ("FY2027:", "Q3", "H1 2026 -", "2026:"). Both readers of a summary, {@link MetricParser} and
 * {@link Wording#activityVerb}, judge what follows them.
 */
final class ListPrefix {

    /** One identifier, each kind in its own alternative; a bare number or year counts only when punctuation closes it. */
    private static final Pattern TOKEN = Pattern.compile("(?:"
            + "[-–—*•·◦‣▪>]+(?=\\s)"
            + "|\\[[^\\[\\]]{1,30}\\]"
            + "|(?:okr|obj|objective|kr|key\\s+result|goal)\\s?[-#]?\\d+(?:\\.\\d+)*[a-z]?(?![\\p{L}\\d])"
            + "|[og]\\d+(?:\\.\\d+)*[a-z]?(?![\\p{L}\\d])"
            + "|(?:fy|cy)\\s?'?\\d{2}(?:\\d{2})?(?![\\p{L}\\d])"
            + "|(?:q[1-4]|h[12])(?:\\s+(?:19|20)\\d{2})?(?![\\p{L}\\d])"
            + "|#\\d+(?:\\.\\d+)*(?![\\p{L}\\d])"
            + "|\\(?(?:\\d{1,3}|[a-z]|[ivx]{1,4})\\)"
            + "|(?:\\d{1,3}(?:\\.\\d{1,3})*|[a-z])\\.(?=\\s)"
            + "|(?:\\d{1,3}(?:\\.\\d{1,3})*|(?:19|20)\\d{2})(?=\\s*[:|–—-]\\s+\\D)"
            + ")", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** What separates identifiers from each other and from the summary: "O1-KR3: ", "O2/KR1 - ", "KR1 ". */
    private static final Pattern SEPARATOR = Pattern.compile("[\\s:|/–—.)-]*");

    private ListPrefix() {
    }

    /** {@code text} without the identifiers it starts with; the text itself when it starts with none. */
    static String strip(String text) {
        Matcher token = TOKEN.matcher(text);
        Matcher separator = SEPARATOR.matcher(text);
        int start = Characters.runEnd(text, 0, codePoint -> Characters.isSpace((char) codePoint));
        int summary = 0;
        while (start < text.length() && token.region(start, text.length()).lookingAt()) {
            separator.region(token.end(), text.length()).lookingAt();
            if (separator.end() == token.end() && separator.end() < text.length()) {
                break;
            }
            start = separator.end();
            summary = start;
        }
        return summary == 0 ? text : text.substring(summary);
    }
}
