package com.okradvisor.jira.view;

import com.okradvisor.advisor.Parameter;
import com.okradvisor.view.Html;

/** One threshold on the admin page: its input, its default, its bounds and what it means. */
public final class ThresholdRow {

    private final Parameter parameter;
    private final AdminField field;

    public ThresholdRow(Parameter parameter, AdminField field) {
        this.parameter = parameter;
        this.field = field;
    }

    public AdminField getField() {
        return field;
    }

    /** The name rules and admins use, e.g. {@code staleAfterDays}. */
    public String getKey() {
        return parameter.key();
    }

    public String getDefaultValue() {
        return parameter.format(parameter.defaultValue());
    }

    /** The allowed range, e.g. {@code 1–365}. */
    public String getBounds() {
        return parameter.format(parameter.min()) + "–" + parameter.format(parameter.max());
    }

    public String getDescriptionHtml() {
        return Html.escape(parameter.description());
    }
}
