package com.okradvisor.text;

import static com.okradvisor.text.Characters.isSpace;
import static com.okradvisor.text.Characters.runEnd;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Amounts written in words: numbers ("seven", "twenty-five", "two hundred and fifty", "a million",
 * "three thousand five hundred"), fractions ("half of", "by a third", "two thirds", "three quarters of")
 * and multiples ("double", "triple", "halve", "tenfold", "in half"), each in any case.
 */
final class NumberWords {

    private static final Map<String, Integer> UNITS = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9),
            Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13),
            Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
            Map.entry("eighteen", 18), Map.entry("nineteen", 19));
    private static final Map<String, Integer> TENS = Map.of(
            "twenty", 20, "thirty", 30, "forty", 40, "fifty", 50, "sixty", 60, "seventy", 70, "eighty", 80, "ninety", 90);
    private static final Map<String, Double> SCALES = Map.of(
            "hundred", 1e2, "dozen", 12.0, "thousand", 1e3, "million", 1e6, "billion", 1e9);
    /** Fractions by their denominator word, singular and plural. */
    private static final Map<String, Integer> FRACTIONS = Map.ofEntries(
            Map.entry("half", 2), Map.entry("halves", 2), Map.entry("third", 3), Map.entry("thirds", 3),
            Map.entry("quarter", 4), Map.entry("quarters", 4), Map.entry("fifth", 5), Map.entry("fifths", 5),
            Map.entry("sixth", 6), Map.entry("sixths", 6), Map.entry("eighth", 8), Map.entry("eighths", 8),
            Map.entry("tenth", 10), Map.entry("tenths", 10));
    /** Verbs of a multiple, any form: "double", "tripled", "halving". */
    private static final Map<String, Double> MULTIPLES = Map.of(
            "doubl", 2.0, "tripl", 3.0, "quadrupl", 4.0, "halv", 0.5);
    private static final List<String> MULTIPLE_ENDINGS = List.of("e", "es", "ed", "ing");
    /** What makes a number word a multiple: "tenfold". */
    private static final String FOLD = "fold";
    /** The word that stands for one before a scale or a fraction: "a million", "a third". */
    private static final String A = "a";
    /** "in half" is a change; "half of", "by half" are a share. */
    private static final String IN = "in";
    private static final String OF = "of";
    /** Words after "half" that make it a share: "half of", "half the", "half our". */
    private static final Set<String> HALF_OF = Set.of("of", "the", "our", "all", "their", "its", "every");
    /** Words before a fraction that make it a share, not an ordinal ("by a third" but "a third party"). */
    private static final Set<String> BEFORE_SHARE = Set.of("by", "to", "in", "about", "over", "under", "nearly", "almost");
    /** The word before "one" that makes it a name, not a count: "the number one choice". */
    private static final String THE_WORD_NUMBER = "number";
    /** Words before "one" that make it an amount whatever follows: "from five to one", "fewer than one". */
    private static final Set<String> BEFORE_ONE = Set.of(
            "to", "from", "than", "below", "under", "least", "most", "by", "reach", "over", "above", "within");
    /** Words after "one" that make it no count: "one of", "one more", "one another", "one thing". */
    private static final Set<String> NOT_COUNTED = Set.of("of", "more", "another");
    private static final String AND = "and";
    private static final double PERCENT = 100.0;

    private NumberWords() {
    }

    /** The amounts written in words, in order, without units. */
    static List<Amount> amounts(String text) {
        List<Word> words = words(text);
        List<Amount> amounts = new ArrayList<>();
        for (int i = 0; i < words.size(); ) {
            int[] next = {i + 1};
            Amount amount = amountAt(text, words, i, next);
            if (amount != null) {
                amounts.add(amount);
            }
            i = next[0];
        }
        return amounts;
    }

    /** The amount that starts with word {@code i}, or null; {@code next[0]} becomes the word after it. */
    private static Amount amountAt(String text, List<Word> words, int i, int[] next) {
        Word word = words.get(i);
        Double multiple = multiple(word.lower);
        if (multiple != null && !joinedByHyphen(text, word.end)) {
            return new Amount(word.start, word.end, multiple, "", true);
        }
        if (word.lower.equals("half")) {
            return half(text, words, i);
        }
        if (word.lower.endsWith(FOLD) && number(word.lower.substring(0, word.lower.length() - FOLD.length())) != null) {
            return new Amount(word.start, word.end, number(word.lower.substring(0, word.lower.length() - FOLD.length())), "", true);
        }
        int last = i;
        double total = 0;
        double group = 0;
        Kind previous = Kind.NONE;
        for (int j = i; j < words.size(); j++) {
            Word current = words.get(j);
            if (j > i && !joined(text, words.get(j - 1), current)) {
                break;
            }
            if (current.lower.equals(AND)) {
                if (previous == Kind.SCALE && j + 1 < words.size() && joined(text, current, words.get(j + 1))
                        && kind(words.get(j + 1).lower) != Kind.SCALE && kind(words.get(j + 1).lower) != Kind.NONE) {
                    continue;
                }
                break;
            }
            Kind kind = j == i && current.lower.equals(A) ? Kind.A : kind(current.lower);
            if (!kind.follows(previous)) {
                break;
            }
            if (kind == Kind.SCALE) {
                double scale = SCALES.get(current.lower);
                if (scale < SCALES.get("thousand")) {
                    group = Math.max(group, 1) * scale;
                } else {
                    total += Math.max(group, 1) * scale;
                    group = 0;
                }
            } else if (kind != Kind.A) {
                group += number(current.lower);
            }
            previous = kind;
            last = j;
        }
        if (previous == Kind.NONE) {
            return null;
        }
        double value = total + group;
        if (last + 1 < words.size() && joined(text, words.get(last), words.get(last + 1))) {
            Amount fraction = fraction(text, words, i, last + 1, previous == Kind.A ? 1 : value);
            if (fraction != null) {
                next[0] = last + 2;
                return fraction;
            }
        }
        next[0] = last + 1;
        if (previous == Kind.A || last == i && word.lower.equals("one") && !countsSomething(text, words, i)) {
            return null;
        }
        return new Amount(word.start, words.get(last).end, value, "", false);
    }

    /** "in half" is a change; "half of", "half the", "by half" a share of 50 %; anything else no amount. */
    private static Amount half(String text, List<Word> words, int i) {
        Word word = words.get(i);
        String before = i > 0 && joined(text, words.get(i - 1), word) ? words.get(i - 1).lower : "";
        if (before.equals(IN)) {
            return new Amount(words.get(i - 1).start, word.end, 0.5, "", true);
        }
        boolean share = BEFORE_SHARE.contains(before) && !joinedByHyphen(text, word.end)
                || i + 1 < words.size() && HALF_OF.contains(words.get(i + 1).lower) && isSpace(text.charAt(word.end));
        return share ? new Amount(word.start, word.end, PERCENT / 2, "%", false) : null;
    }

    /**
     * The fraction whose denominator is word {@code denominator} and whose numerator, {@code numerator},
     * starts at word {@code first}, or null. A plural ("two thirds") is one, but "quarters" only before
     * "of" (three quarters may be time); a singular ("a third") only before "of", after a word such as
     * "by" or at the end, so that "a third party" is none.
     */
    private static Amount fraction(String text, List<Word> words, int first, int denominator, double numerator) {
        Word word = words.get(denominator);
        Integer parts = FRACTIONS.get(word.lower);
        if (parts == null || numerator <= 0 || numerator > parts || joinedByHyphen(text, word.end)) {
            return null;
        }
        boolean beforeOf = denominator + 1 < words.size() && words.get(denominator + 1).lower.equals(OF)
                && joined(text, word, words.get(denominator + 1));
        boolean afterShareWord = first > 0 && BEFORE_SHARE.contains(words.get(first - 1).lower);
        boolean atEnd = runEnd(text, word.end, codePoint -> !Characters.isWordCharacter(codePoint)) == text.length();
        boolean plural = word.lower.endsWith("s") && numerator > 1;
        boolean share = word.lower.startsWith("quarter") ? beforeOf || afterShareWord
                : plural || beforeOf || afterShareWord || atEnd;
        return share ? new Amount(words.get(first).start, word.end, PERCENT * numerator / parts, "%", false) : null;
    }

    /**
     * Whether "one" at word {@code i} is an amount: after a word such as "to" ("from five to one"), or
     * before the word it counts ("one in five", "one new market"), but not "one of", "one more" or "the number one".
     */
    private static boolean countsSomething(String text, List<Word> words, int i) {
        if (i > 0 && words.get(i - 1).lower.equals(THE_WORD_NUMBER) && joined(text, words.get(i - 1), words.get(i))) {
            return false;
        }
        if (i > 0 && BEFORE_ONE.contains(words.get(i - 1).lower) && joined(text, words.get(i - 1), words.get(i))) {
            return true;
        }
        if (i + 1 >= words.size() || !joined(text, words.get(i), words.get(i + 1))
                || !isSpace(text.charAt(words.get(i).end)) || !Character.isLetter(text.codePointAt(words.get(i + 1).start))) {
            return false;
        }
        String after = words.get(i + 1).lower;
        return !NOT_COUNTED.contains(after) && !after.startsWith("thing");
    }

    private static Double multiple(String word) {
        for (Map.Entry<String, Double> verb : MULTIPLES.entrySet()) {
            if (word.startsWith(verb.getKey()) && MULTIPLE_ENDINGS.contains(word.substring(verb.getKey().length()))) {
                return verb.getValue();
            }
        }
        return null;
    }

    /** The value of one number word, or null. */
    private static Double number(String word) {
        Integer unit = UNITS.get(word);
        Integer tens = unit == null ? TENS.get(word) : unit;
        return tens == null ? SCALES.get(word) : Double.valueOf(tens);
    }

    private static Kind kind(String word) {
        if (UNITS.containsKey(word)) {
            return UNITS.get(word) < 10 ? Kind.UNIT : Kind.TEEN;
        }
        return TENS.containsKey(word) ? Kind.TENS : SCALES.containsKey(word) ? Kind.SCALE : Kind.NONE;
    }

    /** Whether two words are neighbours: one hyphen or spaces between them, nothing else. */
    private static boolean joined(String text, Word first, Word second) {
        String between = text.substring(first.end, second.start);
        return between.equals("-") || !between.isEmpty() && between.chars().allMatch(c -> isSpace((char) c));
    }

    private static boolean joinedByHyphen(String text, int end) {
        return end + 1 < text.length() && text.charAt(end) == '-' && Character.isLetter(text.charAt(end + 1));
    }

    private static List<Word> words(String text) {
        List<Word> words = new ArrayList<>();
        for (int start = runEnd(text, 0, codePoint -> !Characters.isWordCharacter(codePoint)); start < text.length(); ) {
            int end = runEnd(text, start, Characters::isWordCharacter);
            words.add(new Word(start, end, text.substring(start, end).toLowerCase(Locale.ROOT)));
            start = runEnd(text, end, codePoint -> !Characters.isWordCharacter(codePoint));
        }
        return words;
    }

    private record Word(int start, int end, String lower) {
    }

    /** What a word is in a number, and what it may follow: "twenty-five", "two hundred and fifty", "a million". */
    private enum Kind {
        NONE, A, UNIT, TEEN, TENS, SCALE;

        boolean follows(Kind previous) {
            return switch (this) {
                case NONE -> false;
                case A -> previous == NONE;
                case UNIT -> previous == NONE || previous == TENS || previous == SCALE;
                case TEEN, TENS -> previous == NONE || previous == SCALE;
                case SCALE -> previous == A || previous == UNIT || previous == TEEN || previous == TENS || previous == SCALE;
            };
        }
    }
}
