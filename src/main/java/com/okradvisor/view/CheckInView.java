package com.okradvisor.view;

import com.okradvisor.model.CheckIn;
import com.okradvisor.text.Numbers;

/** A check-in as panels and reports show it; its text goes into HTML only through the {@code …Html} getters. */
public final class CheckInView {

    private final CheckIn checkIn;
    private final String unit;

    CheckInView(CheckIn checkIn, String unit) {
        this.checkIn = checkIn;
        this.unit = unit;
    }

    /** The day, ISO-8601. */
    public String getDate() {
        return checkIn.date().toString();
    }

    public String getAuthorHtml() {
        return Html.escape(checkIn.author());
    }

    /** The value with the metric's unit, empty when the check-in carries none. */
    public String getValueHtml() {
        return Html.escape(checkIn.value().isPresent() ? Numbers.amount(checkIn.value().getAsDouble(), unit) : "");
    }

    /** "7/10", empty when not given. */
    public String getConfidence() {
        return checkIn.confidence().isPresent() ? Numbers.confidence(checkIn.confidence().getAsInt()) : "";
    }

    public String getNoteHtml() {
        return Html.escape(checkIn.note());
    }
}
