package com.okradvisor.report;

import com.okradvisor.model.CheckIn;

/** A check-in as panels and reports show it. */
public final class CheckInView {

    private final CheckIn checkIn;
    private final String unit;

    CheckInView(CheckIn checkIn, String unit) {
        this.checkIn = checkIn;
        this.unit = unit;
    }

    public String getDate() {
        return checkIn.date().toString();
    }

    public String getAuthor() {
        return checkIn.author();
    }

    /** The value with its unit, empty when the check-in carries none. */
    public String getValue() {
        return checkIn.value().isPresent() ? Numbers.amount(checkIn.value().getAsDouble(), unit) : "";
    }

    /** "7/10", empty when not given. */
    public String getConfidence() {
        return checkIn.confidence().isPresent() ? checkIn.confidence().getAsInt() + "/10" : "";
    }

    public String getNote() {
        return checkIn.note();
    }
}
