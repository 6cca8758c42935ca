package com.okradvisor.text;

import static com.okradvisor.text.Characters.isLetterOrNumber;
import static com.okradvisor.text.Characters.isSpace;
import static com.okradvisor.text.Characters.isWordCharacter;
import static com.okradvisor.text.Characters.runEnd;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads what a key result's summary promises: "from 30 to 45", "30 → 45", "to 45%", "by 10%",
 * "below 2 s", "at least 99.9%", "$20k to $26k", "3 new markets", "raise CSAT to 4.5/5", "4 out of 5",
 * "double sign-ups", "grow 3x", amounts in words ("twenty-five", "two thirds", "tenfold"; {@link NumberWords}).
 * Numbers that are not amounts are not counted: years ("in 2026", "the 2025 intake"), versions and names
 * ("v2", "Q3", "Postgres 16", "iOS 18", "Phase 2"), issue keys, dates, and the list or key-result prefix
 * a summary starts with ("O1-KR3:", "1.", "#2 -"; {@link ListPrefix}).
 * It never throws: any text gives a {@link MetricText}, {@link MetricText#NONE} at worst.
 */
public final class MetricParser {

    private static final int MAX_TEXT = 2_000;
    /** How far before a number the parser looks for "below", "by", "to", "in"…: a few words. */
    private static final int CONTEXT = 24;
    private static final String CURRENCIES = "$€£¥";
    private static final Map<String, Double> MULTIPLIERS = Map.of("k", 1e3, "m", 1e6, "b", 1e9, "bn", 1e9);
    /** Units of one sign, written right after the number or after one space: "45%", "20 $". */
    private static final String SIGN_UNITS = "%×" + CURRENCIES;
    /** Units of letters, in any case: "200ms", "2 s", "10 days", "5pp", "3x", "20 EUR", "10-fold", "90 percent". */
    private static final Set<String> WORD_UNITS = Set.of(
            "pp", "ms", "msec", "s", "sec", "secs", "second", "seconds", "min", "mins", "minute", "minutes",
            "h", "hr", "hrs", "hour", "hours", "d", "day", "days", "week", "weeks", "month", "months",
            "x", "usd", "eur", "gbp", "percent", "pct", "fold");
    /** Units written more than one way, by the way the parser gives them. */
    private static final Map<String, String> SAME_UNIT = Map.of("percent", "%", "pct", "%", "fold", "x", "×", "x");
    /** The unit of a multiple: "3x", "3×", "tenfold", "double". */
    private static final String TIMES = "x";
    /** The unit that may follow a hyphen: "10-fold". */
    private static final String HYPHENATED_UNIT = "fold";
    /** Between the two numbers of a ratio: "4 out of 5", "2 in 10", "9 of 10". */
    private static final Pattern RATIO_JOIN = Pattern.compile("\\s+(?:out\\s+of|in|of)\\s+", Pattern.CASE_INSENSITIVE);
    /** The word before a number and a slash that makes it a date, not a rating: "on 3/4". */
    private static final String ON = "on";

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
    /** Words before a year-like number that make it an amount: "from 1915 to 2", "reach 2025", "under 1999". */
    private static final List<String> AMOUNT_WORDS = Stream.of(List.of("from"), BOUND_WORDS, TARGET_WORDS)
            .flatMap(List::stream).toList();
    private static final Set<String> MONTHS = Set.of(
            "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june", "jul", "july",
            "aug", "august", "sep", "sept", "september", "oct", "october", "nov", "november", "dec", "december");
    /** Words before a four-digit number that make it a year: "in 2026", "Q3 2026", "March 2026". */
    private static final List<String> YEAR_WORDS = Stream.concat(
            Stream.of("in", "by", "of", "since", "until", "till", "before", "after", "during", "for", "end",
                    "q1", "q2", "q3", "q4", "h1", "h2", "fy"),
            MONTHS.stream()).toList();
    /**
     * Words before a number that name a product, standard or stage, whose number is its version or
     * place, not an amount: "Postgres 16", "iOS 18", "SOC 2", "Phase 2". Besides these, any capitalised
     * word inside a sentence does ("Windows 10", "Tier 1"), unless the text capitalises all its words.
     */
    private static final Set<String> NAMES = Set.of(
            "ios", "ipados", "macos", "watchos", "tvos", "android", "windows", "ubuntu", "debian", "rhel", "java", "jdk",
            "python", "node", "nodejs", "php", "ruby", "rails", "postgres", "postgresql", "mysql", "oracle", "kubernetes",
            "angular", "react", "vue", "spring", "jira", "confluence", "soc", "iso", "pci", "http", "tls", "gradle", "maven",
            "elasticsearch", "redis", "kafka", "swift", "kotlin", "scala", "dotnet", "drupal", "wordpress", "magento",
            "chrome", "firefox", "safari", "phase", "sprint", "tier", "wave", "stage", "version", "release", "round",
            "iteration", "milestone", "gen", "generation", "season", "sev", "severity", "priority", "level", "step",
            "part", "series", "chapter", "module");
    /**
     * A year-like number (1900 to 2100) is a year after a year word ("in 2000"); without one, only a round
     * one, a multiple of this, may be a count ("2000 users"), and any other is a year ("the 2025 intake").
     */
    private static final int ROUND_YEARS = 50;
    /** A text whose long words after the first are all capitalised, and at least this many: "Grow Monthly Active Users". */
    private static final int TITLE_CASE_WORDS = 2;
    private static final int LONG_WORD = 4;
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
        String text = ListPrefix.strip(summary.length() > MAX_TEXT ? summary.substring(0, MAX_TEXT) : summary);
        List<Amount> amounts = amounts(text);
        return amounts.isEmpty() ? MetricText.NONE : fromAmounts(text, amounts);
    }

    /**
     * What the amounts promise: a range wherever two are joined by "to" or an arrow; else a bound or a
     * change when "below" or "by" comes before the first amount; else a target when "to" or "reach" comes
     * before any ("Migrate 40 of 60 services to cut hosting costs to $30k"); else a change when there is
     * one ("double", "3x"); else a count, the first amount's.
     */
    private static MetricText fromAmounts(String text, List<Amount> amounts) {
        for (int i = 0; i + 1 < amounts.size(); i++) {
            Amount from = amounts.get(i);
            Amount to = amounts.get(i + 1);
            if (!from.change() && !to.change() && RANGE_JOIN.matcher(text.substring(from.end(), to.start())).matches()) {
                String unit = to.unit().isEmpty() ? from.unit() : to.unit();
                return new MetricText(MetricText.Kind.RANGE, OptionalDouble.of(from.value()), OptionalDouble.of(to.value()), unit);
            }
        }
        Amount first = amounts.get(0);
        String leadIn = first.change() ? "" : leadIn(text, first.start());
        if (endsWithAny(leadIn, BOUND_WORDS)) {
            return new MetricText(MetricText.Kind.BOUND, OptionalDouble.empty(), OptionalDouble.of(first.value()), first.unit());
        }
        if (endsWithAny(leadIn, CHANGE_BY)) {
            return new MetricText(MetricText.Kind.CHANGE, OptionalDouble.empty(), OptionalDouble.empty(), first.unit());
        }
        for (Amount amount : amounts) {
            if (!amount.change() && endsWithAny(leadIn(text, amount.start()), TARGET_WORDS)) {
                return new MetricText(MetricText.Kind.TARGET, OptionalDouble.empty(), OptionalDouble.of(amount.value()), amount.unit());
            }
        }
        if (amounts.stream().anyMatch(Amount::change) || first.unit().equals(TIMES)) {
            return new MetricText(MetricText.Kind.CHANGE, OptionalDouble.empty(), OptionalDouble.empty(), first.unit());
        }
        return new MetricText(MetricText.Kind.COUNT, OptionalDouble.empty(), OptionalDouble.of(first.value()), first.unit());
    }

    /**
     * The amounts in the text, in order: those in digits ({@link #amount}) and those in words
     * ({@link NumberWords}), each with its unit, and a ratio ("4 out of 5", "nine in ten") as one amount
     * whose unit is its denominator ("/5").
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
            from = amount == null ? end : amount.end();
        }
        for (Amount words : NumberWords.amounts(text)) {
            Amount amount = words.change() ? words : withUnit(text, words);
            if (!amount.unit().isEmpty() || !isName(text, amount.start())) {
                amounts.add(amount);
            }
        }
        amounts.sort(Comparator.comparingInt(Amount::start));
        return ratios(text, amounts);
    }

    /** The amounts with each ratio ("4 out of 5", "2 in 10") made one amount, its unit the denominator. */
    private static List<Amount> ratios(String text, List<Amount> amounts) {
        List<Amount> joined = new ArrayList<>(amounts.size());
        for (int i = 0; i < amounts.size(); i++) {
            Amount part = amounts.get(i);
            Amount whole = i + 1 < amounts.size() ? amounts.get(i + 1) : null;
            if (whole != null && part.unit().isEmpty() && whole.unit().isEmpty() && !part.change() && !whole.change()
                    && part.value() <= whole.value() && whole.value() > 0
                    && RATIO_JOIN.matcher(text.substring(part.end(), whole.start())).matches()) {
                joined.add(new Amount(part.start(), whole.end(), part.value(), "/" + Numbers.number(whole.value()), false));
                i++;
            } else {
                joined.add(part);
            }
        }
        return joined;
    }

    /** The amount with the unit written after it, if any: "ninety percent", "two seconds". */
    private static Amount withUnit(String text, Amount amount) {
        int unitStart = unitStart(text, amount.end());
        int unitEnd = unitEnd(text, unitStart);
        return unitEnd > unitStart && endsAmount(text, unitEnd) ? amount.withUnit(unitEnd, unit(text, unitStart, unitEnd)) : amount;
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
        if (sign < 0 && end < text.length() && text.charAt(end) == '/') {
            return rating(text, start, end, value);
        }
        int lettersEnd = runEnd(text, end, Characters::isLetterOrNumber);
        Double multiplier = MULTIPLIERS.get(text.substring(end, lettersEnd).toLowerCase(Locale.ROOT));
        int afterNumber = multiplier == null ? end : lettersEnd;
        int unitStart = unitStart(text, afterNumber);
        int unitEnd = unitEnd(text, unitStart);
        boolean hasUnit = unitEnd > unitStart && endsAmount(text, unitEnd);
        if (!hasUnit && !endsAmount(text, afterNumber)) {
            return null;
        }
        int amountEnd = hasUnit ? unitEnd : afterNumber;
        boolean bare = sign < 0 && multiplier == null && !hasUnit;
        double scaled = multiplier == null ? value : value * multiplier;
        if (!Double.isFinite(scaled) || bare && (isDateOrYear(text, start, amountEnd, digits, value) || isName(text, start))) {
            return null;
        }
        String unit = sign >= 0 ? text.substring(sign, sign + 1) : hasUnit ? unit(text, unitStart, unitEnd) : "";
        return new Amount(sign >= 0 ? sign : start, amountEnd, scaled, unit, false);
    }

    /**
     * The rating whose numerator ends at the slash at {@code end} ("8/10", "4.5/5"), its unit the slash and
     * denominator; null when it is no rating: a numerator above the denominator ("24/7"), a date ("12/03/2026",
     * "on 3/4") or a denominator that runs into a word.
     */
    private static Amount rating(String text, int start, int end, double value) {
        int denominatorEnd = numberEnd(text, end + 1);
        if (denominatorEnd == end + 1 || !endsAmount(text, denominatorEnd) || endsWithAny(leadIn(text, start), List.of(ON))) {
            return null;
        }
        double denominator = number(text.substring(end + 1, denominatorEnd));
        return denominator > 0 && value <= denominator
                ? new Amount(start, denominatorEnd, value, text.substring(end, denominatorEnd), false) : null;
    }

    /** Where the unit after a number may start: right after it, after one space, or after a hyphen before "fold". */
    private static int unitStart(String text, int afterNumber) {
        if (afterNumber >= text.length()) {
            return afterNumber;
        }
        boolean hyphenated = text.charAt(afterNumber) == '-'
                && text.regionMatches(true, afterNumber + 1, HYPHENATED_UNIT, 0, HYPHENATED_UNIT.length());
        return isSpace(text.charAt(afterNumber)) || hyphenated ? afterNumber + 1 : afterNumber;
    }

    /** The unit from {@code start} to {@code end} as the parser gives it: lower-case, one way of writing it ("%", "x"). */
    private static String unit(String text, int start, int end) {
        String unit = text.substring(start, end).toLowerCase(Locale.ROOT);
        return SAME_UNIT.getOrDefault(unit, unit);
    }

    /**
     * Whether the number at {@code start} names a version or a place, not an amount: it follows, after one
     * space, a known name ({@link #NAMES}: "Postgres 16", "iOS 18") or a capitalised word that does not
     * start the text, in a text that does not capitalise all its words ("Windows 10", "Tier 1").
     */
    private static boolean isName(String text, int start) {
        if (start < 2 || text.charAt(start - 1) != ' ') {
            return false;
        }
        int wordStart = start - 1;
        while (wordStart > 0 && Character.isLetter(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        String word = text.substring(wordStart, start - 1);
        if (word.isEmpty() || wordStart > 0 && isWordCharacter(text.codePointBefore(wordStart))) {
            return false;
        }
        if (NAMES.contains(word.toLowerCase(Locale.ROOT))) {
            return true;
        }
        boolean capitalised = word.length() > 1 && Character.isUpperCase(word.charAt(0))
                && word.substring(1).chars().allMatch(Character::isLowerCase);
        return capitalised && runEnd(text, 0, codePoint -> !isWordCharacter(codePoint)) < wordStart && !isTitleCase(text);
    }

    /** Whether every long word after the first is capitalised, and there are a few: "Grow Monthly Active Users". */
    private static boolean isTitleCase(String text) {
        List<String> words = Wording.words(text);
        int capitalised = 0;
        for (String word : words.subList(Math.min(1, words.size()), words.size())) {
            if (word.length() >= LONG_WORD && Character.isLetter(word.charAt(0))) {
                if (!Character.isUpperCase(word.charAt(0))) {
                    return false;
                }
                capitalised++;
            }
        }
        return capitalised >= TITLE_CASE_WORDS;
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
        if (!yearLike) {
            return false;
        }
        String leadIn = leadIn(text, start);
        if (endsWithAny(leadIn, YEAR_WORDS)) {
            return true;
        }
        Matcher range = RANGE_JOIN.matcher(text).region(end, text.length());
        boolean inRange = endsWithAny(leadIn, AMOUNT_WORDS) || range.lookingAt() && isDigit(text, range.end());
        return value % ROUND_YEARS != 0 && !inRange;
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
}
