package com.okradvisor.text;

import static com.okradvisor.text.Characters.isLetterOrNumber;
import static com.okradvisor.text.Characters.isSpace;
import static com.okradvisor.text.Characters.isWordCharacter;
import static com.okradvisor.text.Characters.runEnd;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads what a key result's summary promises: "from 30 to 45", "30 → 45", "to 45%", "by 10%",
 * "below 2 s", "at least 99.9%", "$20k to $26k", "3 new markets". Numbers that are not amounts
 * (years after "in"/"by", version and quarter names like v2 or Q3, issue keys, dates) are not counted.
 * It never throws: any text gives a {@link MetricText}, {@link MetricText#NONE} at worst.
 */
public final class MetricParser {

    private static final int MAX_TEXT = 2_000;
    /** How far before a number the parser looks for "below", "by", "to", "in"…: a few words. */
    private static final int CONTEXT = 24;
    private static final String CURRENCIES = "$€£¥";
    private static final Map<String, Double> MULTIPLIERS = Map.of("k", 1e3, "m", 1e6, "b", 1e9, "bn", 1e9);
    /** Units of one sign, written right after the number or after one space: "45%", "20 $". */
    private static final String SIGN_UNITS = "%" + CURRENCIES;
    /** Units of letters, in any case: "200ms", "2 s", "10 days", "5pp", "3x", "20 EUR". */
    private static final Set<String> WORD_UNITS = Set.of(
            "pp", "ms", "msec", "s", "sec", "secs", "second", "seconds", "min", "mins", "minute", "minutes",
            "h", "hr", "hrs", "hour", "hours", "d", "day", "days", "week", "weeks", "month", "months",
            "x", "usd", "eur", "gbp");

    private static final Pattern RANGE_JOIN = Pattern.compile(
            "\\s*(?:to|→|->|=>|⇒|until|till)\\s*", Pattern.CASE_INSENSITIVE);
    /**
     * Words before an amount that make it a bound: "below 2 s", "at least 99.9%", "≤ 5". A phrase that
     * ends in one of them counts too: "no more than", "not less than".
     */
    private static final List<String> BOUND_WORDS = List.of(
            "below", "under", "less than", "fewer than", "at most", "max", "maximum", "within",
            "above", "over", "more than", "greater than", "at least", "min", "minimum",
            "<=", ">=", "<", ">", "≤", "≥");
    /** Words before an amount that make it a change whose end value the text does not give: "by 10%". */
    private static final List<String> CHANGE_BY = List.of("by");
    /** Words before an amount that make it a target: "to 45%", "reach 1,200". "Grow to", "get to" end in "to". */
    private static final List<String> TARGET_WORDS = List.of(
            "to", "reach", "reaches", "reaching", "hit", "achieve", "attain");
    private static final Set<String> MONTHS = Set.of(
            "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june", "jul", "july",
            "aug", "august", "sep", "sept", "september", "oct", "october", "nov", "november", "dec", "december");
    /** Words before a four-digit number that make it a year: "in 2026", "Q3 2026", "March 2026". */
    private static final List<String> YEAR_WORDS = Stream.concat(
            Stream.of("in", "by", "of", "since", "until", "till", "before", "after", "during", "for", "end",
                    "q1", "q2", "q3", "q4", "h1", "h2", "fy"),
            MONTHS.stream()).toList();
    /** Words that promise a change without an amount: "double weekly sign-ups". */
    private static final Set<String> CHANGE_WORDS = Set.of(
            "double", "doubles", "doubling", "triple", "triples", "tripling",
            "halve", "halves", "halving", "quadruple");
    private static final Map<String, Double> NUMBER_WORDS = Map.ofEntries(
            Map.entry("zero", 0.0), Map.entry("one", 1.0), Map.entry("two", 2.0), Map.entry("three", 3.0),
            Map.entry("four", 4.0), Map.entry("five", 5.0), Map.entry("six", 6.0), Map.entry("seven", 7.0),
            Map.entry("eight", 8.0), Map.entry("nine", 9.0), Map.entry("ten", 10.0), Map.entry("eleven", 11.0),
            Map.entry("twelve", 12.0), Map.entry("twenty", 20.0), Map.entry("fifty", 50.0),
            Map.entry("hundred", 100.0));
    /** The word before a number word that makes it a name, not a count: "the number one choice". */
    private static final String THE_WORD_NUMBER = "number";
    /** Words after a number word that make it no count: "one of", "one more", "one another", "one thing". */
    private static final Set<String> NOT_COUNTED = Set.of("of", "more", "another");
    private static final Pattern COMMA_THOUSANDS = Pattern.compile("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?");
    private static final Pattern DOT_THOUSANDS = Pattern.compile("\\d{1,3}(?:\\.\\d{3}){2,}(?:,\\d+)?");
    private static final int YEAR_MIN = 1900;
    private static final int YEAR_MAX = 2100;

    private MetricParser() {
    }

    /** Reads {@code summary}; null or blank text is not measurable. */
    public static MetricText parse(String summary) {
        if (summary == null || summary.isBlank()) {
            return MetricText.NONE;
        }
        String text = summary.length() > MAX_TEXT ? summary.substring(0, MAX_TEXT) : summary;
        List<Amount> amounts = amounts(text);
        return amounts.isEmpty() ? fromWords(text) : fromAmounts(text, amounts);
    }

    private static MetricText fromAmounts(String text, List<Amount> amounts) {
        if (amounts.size() >= 2) {
            Amount from = amounts.get(0);
            Amount to = amounts.get(1);
            if (RANGE_JOIN.matcher(text.substring(from.end, to.start)).matches()) {
                String unit = to.unit.isEmpty() ? from.unit : to.unit;
                return new MetricText(MetricText.Kind.RANGE, OptionalDouble.of(from.value), OptionalDouble.of(to.value), unit);
            }
        }
        Amount first = amounts.get(0);
        String leadIn = leadIn(text, first.start);
        if (endsWithAny(leadIn, BOUND_WORDS)) {
            return new MetricText(MetricText.Kind.BOUND, OptionalDouble.empty(), OptionalDouble.of(first.value), first.unit);
        }
        if (endsWithAny(leadIn, CHANGE_BY)) {
            return new MetricText(MetricText.Kind.CHANGE, OptionalDouble.empty(), OptionalDouble.empty(), first.unit);
        }
        MetricText.Kind kind = endsWithAny(leadIn, TARGET_WORDS) ? MetricText.Kind.TARGET : MetricText.Kind.COUNT;
        return new MetricText(kind, OptionalDouble.empty(), OptionalDouble.of(first.value), first.unit);
    }

    /**
     * A text without amounts may still count in words ("hire twelve engineers") or promise a change
     * ("double weekly sign-ups"). A count anywhere wins over a change word.
     */
    private static MetricText fromWords(String text) {
        boolean change = false;
        for (int start = nextWord(text, 0); start < text.length(); ) {
            int end = runEnd(text, start, Characters::isWordCharacter);
            String word = text.substring(start, end).toLowerCase(Locale.ROOT);
            Double count = NUMBER_WORDS.get(word);
            if (count != null && !afterNumber(text, start) && countsSomething(text, end)) {
                return new MetricText(MetricText.Kind.COUNT, OptionalDouble.empty(), OptionalDouble.of(count), "");
            }
            change |= CHANGE_WORDS.contains(word);
            start = nextWord(text, end);
        }
        return change
                ? new MetricText(MetricText.Kind.CHANGE, OptionalDouble.empty(), OptionalDouble.empty(), "")
                : MetricText.NONE;
    }

    /** Whether the word at {@code start} follows "number" and a space: "the number one choice" counts nothing. */
    private static boolean afterNumber(String text, int start) {
        int space = start - 1;
        int length = THE_WORD_NUMBER.length();
        return space >= length && isSpace(text.charAt(space))
                && text.regionMatches(true, space - length, THE_WORD_NUMBER, 0, length);
    }

    /** Whether the number word ending at {@code end} counts the word after it: "twelve engineers", not "one of". */
    private static boolean countsSomething(String text, int end) {
        int next = skipSpaces(text, end);
        if (next == end || next == text.length() || !Character.isLetter(text.codePointAt(next))) {
            return false;
        }
        String word = lowerCaseWordAt(text, next);
        return !NOT_COUNTED.contains(word) && !word.startsWith("thing");
    }

    /**
     * The amounts in the text, in order. An amount is a number (digits, with "." or "," between digits:
     * "45", "2,5", "1,200.5", "1.000.000", ".5"), maybe a currency sign before it ("$20", "€ 5"), a
     * multiplier right after it ("20k", "1.2m", "3bn") and a unit after that ("45%", "2 s", "10 days").
     * It stands on its own: nothing of a word, code or version right before it ({@link #startsAmount})
     * nor right after it ({@link #endsAmount}). A run of digits and separators that is no number, like
     * "1.2.3", holds no amount at all.
     */
    private static List<Amount> amounts(String text) {
        List<Amount> amounts = new ArrayList<>();
        int from = 0;
        for (int digit = nextDigit(text, from); digit >= 0; digit = nextDigit(text, from)) {
            int start = digit > from && text.charAt(digit - 1) == '.' ? digit - 1 : digit;
            int end = numberEnd(text, digit);
            Amount amount = amount(text, from, start, end);
            if (amount != null) {
                amounts.add(amount);
            }
            from = amount == null ? end : amount.end;
        }
        return amounts;
    }

    /** The index of the first ASCII digit (what {@code \d} matches) at or after {@code from}, or -1. */
    private static int nextDigit(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (isDigit(text, i)) {
                return i;
            }
        }
        return -1;
    }

    /** The end of the number whose first digit is at {@code digit}: its digits, and each "." or "," between two. */
    private static int numberEnd(String text, int digit) {
        int i = digit;
        while (isDigit(text, i) || isSeparator(text, i) && isDigit(text, i + 1)) {
            i++;
        }
        return i;
    }

    /** The amount whose number runs from {@code start} to {@code end}, or null; nothing before {@code from} is read. */
    private static Amount amount(String text, int from, int start, int end) {
        int sign = currencySign(text, from, start);
        String digits = text.substring(start, end);
        double value = number(digits);
        if (sign < 0 && !startsAmount(text, start) || Double.isNaN(value)) {
            return null;
        }
        int lettersEnd = runEnd(text, end, Characters::isLetterOrNumber);
        Double multiplier = MULTIPLIERS.get(text.substring(end, lettersEnd).toLowerCase(Locale.ROOT));
        int afterNumber = multiplier == null ? end : lettersEnd;
        int unitStart = afterNumber < text.length() && isSpace(text.charAt(afterNumber))
                ? afterNumber + 1 : afterNumber;
        int unitEnd = unitEnd(text, unitStart);
        boolean hasUnit = unitEnd > unitStart && endsAmount(text, unitEnd);
        if (!hasUnit && !endsAmount(text, afterNumber)) {
            return null;
        }
        int amountEnd = hasUnit ? unitEnd : afterNumber;
        boolean bare = sign < 0 && multiplier == null && !hasUnit;
        double scaled = multiplier == null ? value : value * multiplier;
        if (!Double.isFinite(scaled) || bare && isDateOrYear(text, start, amountEnd, digits, value)) {
            return null;
        }
        String unit = sign >= 0 ? text.substring(sign, sign + 1)
                : hasUnit ? text.substring(unitStart, unitEnd).toLowerCase(Locale.ROOT) : "";
        return new Amount(sign >= 0 ? sign : start, amountEnd, scaled, unit);
    }

    /** Where the currency sign of the number at {@code start} is ("$20", "€ 5"), or -1 when it has none. */
    private static int currencySign(String text, int from, int start) {
        int sign = start - 1 >= from && isSpace(text.charAt(start - 1)) ? start - 2 : start - 1;
        return sign >= from && CURRENCIES.indexOf(text.charAt(sign)) >= 0 && startsAmount(text, sign) ? sign : -1;
    }

    /** The end of the unit at {@code start} ("%", "ms", "days", "$"), or {@code start} when none starts there. */
    private static int unitEnd(String text, int start) {
        if (start < text.length() && SIGN_UNITS.indexOf(text.charAt(start)) >= 0) {
            return start + 1;
        }
        int end = runEnd(text, start, Characters::isLetterOrNumber);
        return WORD_UNITS.contains(text.substring(start, end).toLowerCase(Locale.ROOT)) ? end : start;
    }

    /**
     * Whether an amount may start at {@code index}: not after a letter, digit, "_", ".", "/" or ":"
     * (v2, Q3, 1.2, 24/7, 10:30) nor after a letter or digit and a hyphen (GRO-12, 2026-06).
     */
    private static boolean startsAmount(String text, int index) {
        if (index == 0) {
            return true;
        }
        int before = text.codePointBefore(index);
        if (isLetterOrNumber(before) || "_./:".indexOf(before) >= 0) {
            return false;
        }
        if (before != '-' || index < 2) {
            return true;
        }
        return !Character.isLetter(text.codePointBefore(index - 1)) && !isDigit(text, index - 2);
    }

    /** Whether an amount may end at {@code index}: not before a letter, number or "/", nor "-5", ".5" or ",5". */
    private static boolean endsAmount(String text, int index) {
        if (index >= text.length()) {
            return true;
        }
        char next = text.charAt(index);
        if (next == '/' || isLetterOrNumber(text.codePointAt(index))) {
            return false;
        }
        return !(next == '-' || isSeparator(text, index)) || !isDigit(text, index + 1);
    }

    /** A decimal point or thousands separator, either way round: "1,200.5", "1.200,5". */
    private static boolean isSeparator(String text, int index) {
        return index < text.length() && (text.charAt(index) == '.' || text.charAt(index) == ',');
    }

    private static boolean isDigit(String text, int index) {
        return index >= 0 && index < text.length() && text.charAt(index) >= '0' && text.charAt(index) <= '9';
    }

    private static boolean isDateOrYear(String text, int start, int end, String digits, double value) {
        int next = skipSpaces(text, end);
        if (MONTHS.contains(lowerCaseWordAt(text, next))) {
            return true;
        }
        boolean yearLike = value == Math.rint(value) && value >= YEAR_MIN && value <= YEAR_MAX && digits.length() == 4;
        return yearLike && endsWithAny(leadIn(text, start), YEAR_WORDS);
    }

    /** The few words before {@code position}, lower-cased, without the spaces that end them. */
    private static String leadIn(String text, int position) {
        int end = position;
        while (end > 0 && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(Math.max(0, end - CONTEXT), end).toLowerCase(Locale.ROOT);
    }

    /** Whether the lead-in ends with one of the phrases, each starting a word: "over" but not "cover". */
    private static boolean endsWithAny(String leadIn, List<String> phrases) {
        for (String phrase : phrases) {
            int start = leadIn.length() - phrase.length();
            if (leadIn.endsWith(phrase) && (start == 0 || !isWordCharacter(phrase.codePointAt(0))
                    || !isWordCharacter(leadIn.codePointBefore(start)))) {
                return true;
            }
        }
        return false;
    }

    /** The start of the first word at or after {@code from}, or the text's length. */
    private static int nextWord(String text, int from) {
        return runEnd(text, from, codePoint -> !isWordCharacter(codePoint));
    }

    /** The word at {@code start}, as {@code \\b} sees words, lower-cased; empty when none starts there. */
    private static String lowerCaseWordAt(String text, int start) {
        return text.substring(start, runEnd(text, start, Characters::isWordCharacter)).toLowerCase(Locale.ROOT);
    }

    private static int skipSpaces(String text, int from) {
        int i = from;
        while (i < text.length() && isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The value of a number ("1,200.5", "1.000.000,5", "2,5", ".5"), or NaN when it is none ("1.2.3"). */
    private static double number(String digits) {
        int separators = 0;
        for (int i = 0; i < digits.length(); i++) {
            separators += isSeparator(digits, i) ? 1 : 0;
        }
        String plain;
        if (separators == 0) {
            plain = digits;
        } else if (digits.indexOf(',') >= 0 && COMMA_THOUSANDS.matcher(digits).matches()) {
            plain = digits.replace(",", "");
        } else if (separators > 1 && DOT_THOUSANDS.matcher(digits).matches()) {
            plain = digits.replace(".", "").replace(',', '.');
        } else if (separators == 1) {
            plain = digits.replace(',', '.');
        } else {
            return Double.NaN;
        }
        return Double.parseDouble(plain);
    }

    private record Amount(int start, int end, double value, String unit) {
    }
}
