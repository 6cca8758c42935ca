package com.okradvisor.progress;

import java.util.function.IntPredicate;

/**
 * The character classes of the text readers, each the class of a regular expression it replaces, and
 * the scan over a run of them.
 */
public final class Characters {

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
}
