package com.okradvisor.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.OptionalDouble;

/**
 * The one way the app writes numbers for people, in rule messages ({@link Texts}), views, reports and
 * the REST API's display strings: no trailing zeros, at most three decimals, a unit after a space
 * unless it is % or a scale ("/10"), which follow it, or a currency symbol, which goes first ({@code $26000});
 * shares as whole percentages.
 */
public final class Numbers {

    private static final String CURRENCIES = "$€£¥";

    private Numbers() {
    }

    /** A number without needless decimals: {@code 45.0} → {@code 45}, {@code 99.90} → {@code 99.9}. */
    public static String number(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        return BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** A number with its unit: {@code 45%}, {@code $26000}, {@code 2 s}, {@code 8/10}, {@code 12}. */
    public static String amount(double value, String unit) {
        if (unit == null || unit.isEmpty()) {
            return number(value);
        }
        if (unit.equals("%") || unit.startsWith("/")) {
            return number(value) + "%";
        }
        if (unit.length() == 1 && CURRENCIES.contains(unit)) {
            return unit + number(value);
        }
        return number(value) + " " + unit;
    }

    /** A share as a whole percentage for text, not clamped: {@code 0.423} → {@code 42%}, {@code 1.3} → {@code 130%}. */
    public static String share(double share) {
        return Math.round(share * 100) + "%";
    }

    /** A confidence from 0 to 10 as people read it: {@code 7/10}. */
    public static String confidence(int outOfTen) {
        return outOfTen + "/10";
    }

    /** A share from 0.0 to 1.0 as a whole percentage, clamped so a bar never overflows its track. */
    public static int percent(double share) {
        return (int) Math.round(Math.max(0, Math.min(1, share)) * 100);
    }

    /** The value, or null when it is not known: view models hand templates and JSON plain objects. */
    public static Double boxed(OptionalDouble value) {
        return value.isPresent() ? value.getAsDouble() : null;
    }

    /** A share rounded to three decimals, for machine-readable output. */
    public static double rounded(double share) {
        return BigDecimal.valueOf(share).setScale(3, RoundingMode.HALF_UP).doubleValue();
    }
}
