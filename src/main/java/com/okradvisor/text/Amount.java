package com.okradvisor.text;

/**
 * One amount a summary holds, as {@link MetricParser} reads it: where it stands, its value and unit
 * ("45%" is 45 and "%", "8/10" is 8 and "/10", "two thirds" is 66.7 and "%"), and whether it is a
 * change whatever comes before it ("double", "tenfold", "in half").
 */
record Amount(int start, int end, double value, String unit, boolean change) {

    Amount withUnit(int newEnd, String newUnit) {
        return new Amount(start, newEnd, value, newUnit, change);
    }
}
