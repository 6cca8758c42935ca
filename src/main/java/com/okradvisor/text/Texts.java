package com.okradvisor.text;

import java.math.BigDecimal;

/** How rule messages write numbers and quote issue text; DRL files import these as functions. */
public final class Texts {

    private static final int MAX_QUOTE = 120;

    private Texts() {
    }

    /** A share as a whole percentage: {@code 0.423} → {@code 42%}. */
    public static String percent(double share) {
        return Math.round(share * 100) + "%";
    }

    /** A number without needless decimals: {@code 45.0} → {@code 45}, {@code 99.90} → {@code 99.9}. */
    public static String number(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(4, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
        return rounded.scale() < 0 ? rounded.setScale(0).toPlainString() : rounded.toPlainString();
    }

    /** A number with its unit: {@code 45%}, {@code $26000}, {@code 2 s}, {@code 12}. */
    public static String amount(double value, String unit) {
        if (unit == null || unit.isEmpty()) {
            return number(value);
        }
        if (unit.equals("%")) {
            return number(value) + "%";
        }
        if ("$€£¥".contains(unit)) {
            return unit + number(value);
        }
        return number(value) + " " + unit;
    }

    /** Issue text in single quotes, cut to a readable length on a code-point boundary. */
    public static String quote(String text) {
        String flat = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        return "'" + Characters.cut(flat, MAX_QUOTE) + "'";
    }
}
