package com.okradvisor.jira.view;

import com.okradvisor.advisor.Parameter;

/** One threshold on the admin page: its input (whose label and help come from i18n), its default and its bounds. */
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

    public String getDefaultValue() {
        return parameter.format(parameter.defaultValue());
    }

    /** The allowed range, e.g. {@code 1–365}. */
    public String getBounds() {
        return parameter.format(parameter.min()) + "–" + parameter.format(parameter.max());
    }
}
