package com.okradvisor.jira.view;

import com.okradvisor.view.Html;

/** One input of the admin page: what it holds (as typed, or as stored) and why it was refused, if it was. */
public final class AdminField {

    /** Where the i18n bundle keeps each input's label, under its name; its help text is under the label's key and {@code .help}. */
    static final String LABEL_PREFIX = "okr.admin.field.";

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

    /** The i18n key of the input's label, derived from its name, so a new setting needs only its texts in the bundle. */
    public String getLabelKey() {
        return LABEL_PREFIX + name;
    }

    /** The i18n key of the input's help text. */
    public String getHelpKey() {
        return getLabelKey() + ".help";
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
