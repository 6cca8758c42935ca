package com.okradvisor.text;

/**
 * How rule messages write numbers (with {@link Numbers}, as views and REST do) and quote issue text;
 * DRL files import these as functions.
 */
public final class Texts {

    private static final int MAX_QUOTE = 120;

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
}
