package com.okradvisor.progress;

/** Character classes the text readers share, by code point. */
public final class Characters {

    private Characters() {
    }

    /** A letter or a number of any script: what the pattern {@code [\p{L}\p{N}]} matches. */
    public static boolean isLetterOrNumber(int codePoint) {
        int type = Character.getType(codePoint);
        return Character.isLetter(codePoint) || type == Character.DECIMAL_DIGIT_NUMBER
                || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }
}
