package com.okradvisor.view;

import com.okradvisor.model.Metric;
import com.okradvisor.text.Numbers;

/**
 * A key result's metric as it stands at the as-of date; a number not known is null. The unit comes
 * from the issue, so the metric reaches HTML only through the {@code …Html} getters.
 */
public final class MetricView {

    private final Metric metric;

    MetricView(Metric metric) {
        this.metric = metric;
    }

    public Double getBaseline() {
        return Numbers.boxed(metric.baseline());
    }

    public Double getTarget() {
        return Numbers.boxed(metric.target());
    }

    public Double getCurrent() {
        return Numbers.boxed(metric.current());
    }

    public String getUnit() {
        return metric.unit();
    }

    /** The baseline with its unit, e.g. {@code 30%}; empty when unknown. */
    public String getBaselineHtml() {
        return amountHtml(getBaseline());
    }

    /** The target with its unit; empty when unknown. */
    public String getTargetHtml() {
        return amountHtml(getTarget());
    }

    /** The current value with its unit, the newest check-in's when there is one; empty when unknown. */
    public String getCurrentHtml() {
        return amountHtml(getCurrent());
    }

    /** "31 → 40 %, now 34.5 %"; the parts that are known. */
    public String getTextHtml() {
        StringBuilder text = new StringBuilder();
        if (metric.baseline().isPresent()) {
            text.append(Numbers.amount(metric.baseline().getAsDouble(), metric.unit())).append(" → ");
        }
        if (metric.target().isPresent()) {
            text.append(Numbers.amount(metric.target().getAsDouble(), metric.unit()));
        }
        if (metric.current().isPresent()) {
            text.append(text.length() == 0 ? "now " : ", now ").append(Numbers.amount(metric.current().getAsDouble(), metric.unit()));
        }
        return Html.escape(text.toString());
    }

    private String amountHtml(Double value) {
        return value == null ? "" : Html.escape(Numbers.amount(value, metric.unit()));
    }
}
