package com.okradvisor.jira.view;

import com.okradvisor.view.Html;

/** One input of the admin page: what it holds (as typed, or as stored) and why it was refused, if it was. */
public final class AdminField {

    private final String name;
    private final String value;
    private final String error;

    public AdminField(String name, String value, String error) {
        this.name = name;
        this.value = value == null ? "" : value;
        this.error = error == null ? "" : error;
    }

    /** The form parameter's name: a fixed word chosen by the app. */
    public String getName() {
        return name;
    }

    public String getValueHtml() {
        return Html.escape(value);
    }

    public boolean getHasError() {
        return !error.isEmpty();
    }

    public String getErrorHtml() {
        return Html.escape(error);
    }
}
