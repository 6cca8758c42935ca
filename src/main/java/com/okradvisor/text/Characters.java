package com.okradvisor.text;

import java.util.OptionalDouble;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;

/**
 * The character classes of the text readers, each the class of a regular expression it replaces, and
 * the scan over a run of them; the one cutter of text (on code-point boundaries) and the one sanitiser
 * of text bound for a terminal or a log.
 */
public final class Characters {

    /** What {@link #printable} puts in place of a character a terminal would obey or reorder text by. */
    public static final char REPLACEMENT = '\uFFFD';
    /** RFC 8259's number grammar. */
    private static final Pattern JSON_NUMBER = Pattern.compile("-?(?:0|[1-9][0-9]*)(?:\\.[0-9]+)?(?:[eE][+-]?[0-9]+)?");

    private Characters() {
    }

    /** A letter or a number of any script: what {@code [\p{L}\p{N}]} matches. */
    public static boolean isLetterOrNumber(int codePoint) {
        int type = Character.getType(codePoint);
        return Character.isLetter(codePoint) || type == Character.DECIMAL_DIGIT_NUMBER
                || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /** What a word is made of where {@code \b} looks: a letter, a digit or "_". */
    public static boolean isWordCharacter(int codePoint) {
        return codePoint == '_' || Character.isLetterOrDigit(codePoint);
    }

    /** What {@code \s} matches: a space, tab, line feed, vertical tab, form feed or carriage return. */
    public static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** The end of the run of {@code part} code points from {@code start}: {@code start} itself when none is there. */
    public static int runEnd(String text, int start, IntPredicate part) {
        int i = start;
        while (i < text.length() && part.test(text.codePointAt(i))) {
            i += Character.charCount(text.codePointAt(i));
        }
        return i;
    }

    /**
     * {@code text} cut to at most {@code max} code points, the last of them "…" when anything was cut.
     * Cuts between code points, never inside a surrogate pair, so what it returns encodes as UTF-8.
     */
    public static String cut(String text, int max) {
        if (text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, max - 1)) + "…";
    }

    /**
     * {@code text} safe to print on a terminal or write to a log: every control character (C0 but also
     * tab and line feed, DEL, C1 such as CSI and OSC, which would set a window title, clear the screen or
     * write the clipboard), every bidi embedding, override and isolate (U+202A–U+202E, U+2066–U+2069,
     * which reorder what is shown) and every lone surrogate becomes {@link #REPLACEMENT}.
     */
    public static String printable(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            int next = i + Character.charCount(codePoint);
            if (isControlOrBidi(codePoint) || codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE) {
                if (out == null) {
                    out = new StringBuilder(text.length()).append(text, 0, i);
                }
                out.append(REPLACEMENT);
            } else if (out != null) {
                out.append(text, i, next);
            }
            i = next;
        }
        return out == null ? text : out.toString();
    }

    /**
     * A control character (C0, DEL, C1) or a bidi embedding, override or isolate: what a terminal obeys
     * or reorders text by, and what no report should pass on raw.
     */
    public static boolean isControlOrBidi(int codePoint) {
        return Character.isISOControl(codePoint)
                || codePoint >= 0x202A && codePoint <= 0x202E
                || codePoint >= 0x2066 && codePoint <= 0x2069;
    }

    /**
     * A number written as JSON writes one ({@code -12}, {@code 38.5}, {@code 4e3}), surrounding spaces
     * allowed; empty for anything else, including Java's own forms ({@code 0x1p3}, {@code 1d},
     * {@code NaN}, {@code Infinity}). A number too large for a double is infinite.
     */
    public static OptionalDouble number(String text) {
        String number = text.strip();
        return JSON_NUMBER.matcher(number).matches() ? OptionalDouble.of(Double.parseDouble(number)) : OptionalDouble.empty();
    }
}
