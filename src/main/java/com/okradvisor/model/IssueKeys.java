package com.okradvisor.model;

import java.util.Comparator;

/** Issue keys in the order people expect: by project, then by number ({@code GRO-2} before {@code GRO-10}). */
public final class IssueKeys {

    public static final Comparator<String> ORDER = Comparator.comparing(IssueKeys::project)
            .thenComparingLong(IssueKeys::number)
            .thenComparing(Comparator.naturalOrder());

    private IssueKeys() {
    }

    static String project(String key) {
        int dash = key.lastIndexOf('-');
        return dash < 0 ? key : key.substring(0, dash);
    }

    static long number(String key) {
        int dash = key.lastIndexOf('-');
        if (dash < 0) {
            return 0;
        }
        String digits = key.substring(dash + 1);
        if (digits.isEmpty() || digits.length() > 18 || !digits.chars().allMatch(Character::isDigit)) {
            return 0;
        }
        return Long.parseLong(digits);
    }
}
