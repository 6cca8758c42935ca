package com.okradvisor.progress;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    private static final Pattern AMOUNT = Pattern.compile(
            "(?<![\\p{L}\\p{N}_./:])(?<!\\p{L}-)(?<!\\d-)"
                    + "(?<currency>[$€£¥])?\\s?"
                    + "(?<number>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d{1,3}(?:\\.\\d{3}){2,}(?:,\\d+)?|\\d+(?:[.,]\\d+)?|\\.\\d+)"
                    + "(?:(?<multiplier>bn|[kKmMbB])(?![\\p{L}]))?"
                    + "(?:\\s?(?<unit>%|pp|ms|msec|secs?|seconds?|s|mins?|minutes?|hrs?|hours?|h|days?|d|weeks?|months?"
                    + "|x|usd|eur|gbp|[$€£¥])(?![\\p{L}\\p{N}]))?"
                    + "(?![\\p{L}\\p{N}/])(?!-\\d)(?![.,]\\d)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern RANGE_JOIN = Pattern.compile(
            "\\s*(?:to|→|->|=>|⇒|until|till)\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern BOUND_BEFORE = Pattern.compile(
            "(?:below|under|less than|fewer than|at most|no more than|not more than|max(?:imum)?|within"
                    + "|above|over|more than|greater than|at least|no less than|min(?:imum)?|<=|>=|<|>|≤|≥)\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CHANGE_BEFORE = Pattern.compile("\\bby\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern TARGET_BEFORE = Pattern.compile(
            "\\b(?:to|reach(?:es|ing)?|hit|achieve|attain|grow to|get to)\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR_CONTEXT = Pattern.compile(
            "(?:\\b(?:in|by|of|since|until|till|before|after|during|for|end|q[1-4]|h[12]|fy"
                    + "|jan\\w*|feb\\w*|mar\\w*|apr\\w*|may|jun\\w*|jul\\w*|aug\\w*|sep\\w*|oct\\w*|nov\\w*|dec\\w*))\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_AFTER = Pattern.compile(
            "^\\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", Pattern.CASE_INSENSITIVE);
    private static final Pattern CHANGE_WORD = Pattern.compile(
            "\\b(?:double|doubles|doubling|triple|triples|tripling|halve|halves|halving|quadruple)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBER_WORD = Pattern.compile(
            "(?<!number\\s)\\b(zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|fifty|hundred)\\b"
                    + "(?=\\s+(?!of\\b|more\\b|another\\b|thing)\\p{L})",
            Pattern.CASE_INSENSITIVE);
    private static final Map<String, Double> NUMBER_WORDS = Map.ofEntries(
            Map.entry("zero", 0.0), Map.entry("one", 1.0), Map.entry("two", 2.0), Map.entry("three", 3.0),
            Map.entry("four", 4.0), Map.entry("five", 5.0), Map.entry("six", 6.0), Map.entry("seven", 7.0),
            Map.entry("eight", 8.0), Map.entry("nine", 9.0), Map.entry("ten", 10.0), Map.entry("eleven", 11.0),
            Map.entry("twelve", 12.0), Map.entry("twenty", 20.0), Map.entry("fifty", 50.0),
            Map.entry("hundred", 100.0));
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
        List<Amount> amounts = text.chars().anyMatch(Character::isDigit) ? amounts(text) : List.of();
        if (!amounts.isEmpty()) {
            return fromAmounts(text, amounts);
        }
        Matcher numberWord = NUMBER_WORD.matcher(text);
        if (numberWord.find()) {
            double value = NUMBER_WORDS.get(numberWord.group(1).toLowerCase(Locale.ROOT));
            return new MetricText(MetricText.Kind.COUNT, OptionalDouble.empty(), OptionalDouble.of(value), "");
        }
        if (CHANGE_WORD.matcher(text).find()) {
            return new MetricText(MetricText.Kind.CHANGE, OptionalDouble.empty(), OptionalDouble.empty(), "");
        }
        return MetricText.NONE;
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
        String before = before(text, first.start);
        if (BOUND_BEFORE.matcher(before).find()) {
            return new MetricText(MetricText.Kind.BOUND, OptionalDouble.empty(), OptionalDouble.of(first.value), first.unit);
        }
        if (CHANGE_BEFORE.matcher(before).find()) {
            return new MetricText(MetricText.Kind.CHANGE, OptionalDouble.empty(), OptionalDouble.empty(), first.unit);
        }
        MetricText.Kind kind = TARGET_BEFORE.matcher(before).find() ? MetricText.Kind.TARGET : MetricText.Kind.COUNT;
        return new MetricText(kind, OptionalDouble.empty(), OptionalDouble.of(first.value), first.unit);
    }

    private static List<Amount> amounts(String text) {
        List<Amount> amounts = new ArrayList<>();
        Matcher matcher = AMOUNT.matcher(text);
        while (matcher.find()) {
            Amount amount = amount(text, matcher);
            if (amount != null) {
                amounts.add(amount);
            }
        }
        return amounts;
    }

    private static Amount amount(String text, Matcher matcher) {
        String currency = matcher.group("currency");
        String multiplier = matcher.group("multiplier");
        String unit = matcher.group("unit");
        double value = number(matcher.group("number"));
        if (!Double.isFinite(value)) {
            return null;
        }
        boolean bare = currency == null && multiplier == null && unit == null;
        if (bare && isDateOrYear(text, matcher, value)) {
            return null;
        }
        double scaled = value * scale(multiplier);
        if (!Double.isFinite(scaled)) {
            return null;
        }
        String normalisedUnit = currency != null ? currency : unit == null ? "" : unit.toLowerCase(Locale.ROOT);
        return new Amount(matcher.start(), matcher.end(), scaled, normalisedUnit);
    }

    private static boolean isDateOrYear(String text, Matcher matcher, double value) {
        if (MONTH_AFTER.matcher(text.substring(matcher.end())).find()) {
            return true;
        }
        boolean yearLike = value == Math.rint(value) && value >= YEAR_MIN && value <= YEAR_MAX
                && matcher.group("number").length() == 4;
        return yearLike && YEAR_CONTEXT.matcher(before(text, matcher.start())).find();
    }

    /** The few words before {@code position}: enough for any context pattern, cheap to search. */
    private static String before(String text, int position) {
        return text.substring(Math.max(0, position - CONTEXT), position);
    }

    private static double number(String digits) {
        String plain;
        if (digits.matches("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?")) {
            plain = digits.replace(",", "");
        } else if (digits.matches("\\d{1,3}(?:\\.\\d{3}){2,}(?:,\\d+)?")) {
            plain = digits.replace(".", "").replace(',', '.');
        } else {
            plain = digits.replace(',', '.');
        }
        try {
            return Double.parseDouble(plain);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static double scale(String multiplier) {
        if (multiplier == null) {
            return 1;
        }
        return switch (multiplier.toLowerCase(Locale.ROOT)) {
            case "k" -> 1e3;
            case "m" -> 1e6;
            case "b", "bn" -> 1e9;
            default -> 1;
        };
    }

    private record Amount(int start, int end, double value, String unit) {
    }
}
