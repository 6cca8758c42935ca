package com.okradvisor.progress;

/**
 * The one kind of number progress hands on: a share from 0.0 to 1.0, never NaN and never infinite, so
 * views, reports and the REST API can write it as it is.
 */
final class Shares {

    private Shares() {
    }

    /** {@code value}, once it is known to be a share from 0.0 to 1.0. */
    static double require(String what, double value) {
        if (!(value >= 0.0 && value <= 1.0)) {
            throw new IllegalArgumentException(what + " must be from 0.0 to 1.0, was " + value);
        }
        return value;
    }
}
