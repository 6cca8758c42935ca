package com.okradvisor.model;

import java.util.Comparator;

/**
 * Issue keys in the order people expect: by project, then by number ({@code GRO-2} before {@code GRO-10}).
 * The project is everything before the last dash (the whole key when there is none); a number that is
 * missing, not all digits or longer than 18 digits counts as 0; keys equal so far fall back to text order.
 *
 * <p>Findings and facts are sorted by key in bulk (a large portfolio sorts some 100,000 findings), so the
 * comparison reads the keys in place instead of cutting them into substrings.
 */
public final class IssueKeys {

    public static final Comparator<String> ORDER = IssueKeys::compare;

    private static final int MAX_DIGITS = 18;

    private IssueKeys() {
    }

    private static int compare(String first, String second) {
        int firstDash = first.lastIndexOf('-');
        int secondDash = second.lastIndexOf('-');
        int byProject = compareRegions(first, firstDash < 0 ? first.length() : firstDash,
                second, secondDash < 0 ? second.length() : secondDash);
        if (byProject != 0) {
            return byProject;
        }
        int byNumber = Long.compare(number(first, firstDash), number(second, secondDash));
        return byNumber != 0 ? byNumber : first.compareTo(second);
    }

    /** {@code first.substring(0, firstEnd).compareTo(second.substring(0, secondEnd))}, without the substrings. */
    private static int compareRegions(String first, int firstEnd, String second, int secondEnd) {
        int common = Math.min(firstEnd, secondEnd);
        for (int i = 0; i < common; i++) {
            char a = first.charAt(i);
            char b = second.charAt(i);
            if (a != b) {
                return a - b;
            }
        }
        return firstEnd - secondEnd;
    }

    /** The key's project: everything before the last dash, or the whole key. */
    public static String project(String key) {
        int dash = key.lastIndexOf('-');
        return dash < 0 ? key : key.substring(0, dash);
    }

    /** The key's number, 0 when it has none. */
    static long number(String key) {
        return number(key, key.lastIndexOf('-'));
    }

    private static long number(String key, int dash) {
        int length = key.length() - dash - 1;
        if (dash < 0 || length == 0 || length > MAX_DIGITS) {
            return 0;
        }
        long number = 0;
        for (int i = dash + 1; i < key.length(); i++) {
            int digit = Character.digit(key.charAt(i), 10);
            if (digit < 0) {
                return 0;
            }
            number = number * 10 + digit;
        }
        return number;
    }
}
