package com.okradvisor.advisor;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word of a DRL text as {@link Confinement} reads it: a name, a number, a string or character
 * literal, a text block or a punctuation mark; comments and white space are not tokens.
 *
 * @param text the token as written; a string or character literal's text between its quotes
 * @param kind what it is
 * @param line its line, 1-based
 */
record Token(String text, Kind kind, int line) {

    enum Kind { NAME, NUMBER, STRING, TEXT_BLOCK, PUNCT }

    private static final Pattern NUMBER = Pattern.compile(
            "0[xX][0-9a-fA-F_]+[lL]?|0[bB][01_]+[lL]?|\\d[\\d_]*(\\.\\d[\\d_]*)?([eE][+-]?\\d+)?[lLdDfFbBiI]?");

    /** Whether this is the word or mark {@code word}: never a literal that holds it. */
    boolean is(String word) {
        return kind != Kind.STRING && text.equals(word);
    }

    /** The tokens of {@code drl}; an unclosed literal or comment runs to the end of the text. */
    static List<Token> read(String drl) {
        List<Token> tokens = new ArrayList<>();
        Matcher number = NUMBER.matcher(drl);
        int line = 1;
        int at = 0;
        while (at < drl.length()) {
            char c = drl.charAt(at);
            int start = at;
            if (c == '\n') {
                line++;
                at++;
                continue;
            }
            if (Character.isWhitespace(c)) {
                at++;
                continue;
            }
            if (drl.startsWith("//", at)) {
                at = end(drl.indexOf('\n', at), drl);
                continue;
            }
            if (drl.startsWith("/*", at)) {
                at = end(drl.indexOf("*/", at + 2), drl) + 2;
            } else if (drl.startsWith("\"\"\"", at)) {
                at = end(drl.indexOf("\"\"\"", at + 3), drl) + 3;
                tokens.add(new Token("\"\"\"", Kind.TEXT_BLOCK, line));
            } else if (c == '"' || c == '\'') {
                at = literalEnd(drl, at);
                tokens.add(new Token(drl.substring(start + 1, Math.max(start + 1, at - 1)), Kind.STRING, line));
            } else if (Character.isJavaIdentifierStart(c)) {
                at++;
                while (at < drl.length() && Character.isJavaIdentifierPart(drl.charAt(at))) {
                    at++;
                }
                tokens.add(new Token(drl.substring(start, at), Kind.NAME, line));
            } else if (Character.isDigit(c) && number.region(at, drl.length()).lookingAt()) {
                at = number.end();
                tokens.add(new Token(drl.substring(start, at), Kind.NUMBER, line));
            } else if (drl.startsWith("->", at) || drl.startsWith("::", at)) {
                at += 2;
                tokens.add(new Token(drl.substring(start, at), Kind.PUNCT, line));
            } else {
                at++;
                tokens.add(new Token(String.valueOf(c), Kind.PUNCT, line));
            }
            line += (int) drl.substring(start, Math.min(at, drl.length())).chars().filter(ch -> ch == '\n').count();
        }
        return tokens;
    }

    /** The line of {@code offset} in {@code text}, 1-based. */
    static int lineOf(String text, int offset) {
        return 1 + (int) text.substring(0, offset).chars().filter(ch -> ch == '\n').count();
    }

    private static int end(int found, String text) {
        return found < 0 ? text.length() : found;
    }

    /** Just past the literal opened at {@code start}: its closing quote, skipping escaped characters. */
    private static int literalEnd(String text, int start) {
        char quote = text.charAt(start);
        int at = start + 1;
        while (at < text.length() && text.charAt(at) != quote) {
            at += text.charAt(at) == '\\' ? 2 : 1;
        }
        return Math.min(at + 1, text.length());
    }
}
