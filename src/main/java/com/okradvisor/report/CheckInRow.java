package com.okradvisor.report;

import com.okradvisor.advisor.Texts;
import com.okradvisor.model.CheckIn;

/** One check-in in a key result's history. */
public final class CheckInRow {

    private final CheckIn checkIn;

    public CheckInRow(CheckIn checkIn) {
        this.checkIn = checkIn;
    }

    public String getDate() {
        return checkIn.date().toString();
    }

    public String getAuthorHtml() {
        return Html.escape(checkIn.author());
    }

    /** The value checked in, empty when the check-in gave none. */
    public String getValue() {
        return checkIn.value().isPresent() ? Texts.number(checkIn.value().getAsDouble()) : "";
    }

    /** The confidence from 0 to 10, empty when not given. */
    public String getConfidence() {
        return checkIn.confidence().isPresent() ? String.valueOf(checkIn.confidence().getAsInt()) : "";
    }

    public String getNoteHtml() {
        return Html.escape(checkIn.note());
    }
}
