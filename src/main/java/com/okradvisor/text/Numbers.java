package com.okradvisor.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.OptionalDouble;

/**
 * How reports and panels write numbers: no trailing zeros, at most three decimals, a unit after a
 * space unless it is % or a currency; shares as whole percentages for bars and labels.
 */
public final class Numbers {

    private Numbers() {
    }

    static String plain(double value) {
        return BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    public static String amount(double value, String unit) {
        if (unit.isEmpty()) {
            return plain(value);
        }
        if (unit.length() == 1 && "$€£¥".contains(unit)) {
            return unit + plain(value);
        }
        return plain(value) + ("%".equals(unit) ? "%" : " " + unit);
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
