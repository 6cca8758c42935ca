package com.okradvisor.text;

import java.util.List;

/**
 * How rule messages write numbers (with {@link Numbers}, as views and REST do) and quote issue text;
 * DRL files import these as functions.
 */
public final class Texts {

    private static final int MAX_QUOTE = 120;
    /** How many issue keys a message names before it says how many more there are. */
    private static final int NAMED_KEYS = 10;

    private Texts() {
    }

    /** A share as a whole percentage: {@code 0.423} → {@code 42%}. */
    public static String percent(double share) {
        return Numbers.share(share);
    }

    /** A number without needless decimals: {@code 45.0} → {@code 45}, {@code 99.90} → {@code 99.9}. */
    public static String number(double value) {
        return Numbers.number(value);
    }

    /** A number with its unit: {@code 45%}, {@code $26000}, {@code 2 s}, {@code 12}. */
    public static String amount(double value, String unit) {
        return Numbers.amount(value, unit);
    }

    /** Issue text in single quotes, cut to a readable length on a code-point boundary. */
    public static String quote(String text) {
        String flat = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        return "'" + Characters.cut(flat, MAX_QUOTE) + "'";
    }

    /**
     * Issue keys as people read them: {@code }; past ten, the first ten and how many
     * more: {@code, …, A-10 and 40 more}.
     */
    public static String keys(List<String> keys) {
        if (keys.size() > NAMED_KEYS) {
            return String.join(", ", keys.subList(0, NAMED_KEYS)) + " and " + (keys.size() - NAMED_KEYS) + " more";
        }
        int last = keys.size() - 1;
        return last == 0 ? keys.get(0) : String.join(", ", keys.subList(0, last)) + " and " + keys.get(last);
    }
}
