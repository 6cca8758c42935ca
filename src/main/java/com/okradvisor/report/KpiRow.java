package com.okradvisor.report;

import com.okradvisor.advisor.Texts;
import com.okradvisor.model.Kpi;
import com.okradvisor.model.KpiReading;

/** One KPI linked to the objective: its reading against its threshold. */
public final class KpiRow {

    private final Kpi kpi;

    public KpiRow(Kpi kpi) {
        this.kpi = kpi;
    }

    public String getKey() {
        return kpi.key();
    }

    public String getSummaryHtml() {
        return Html.escape(kpi.issue().summary());
    }

    /** e.g. {@code 3.1% (threshold 2.5%)}; empty when the KPI has no reading. */
    public String getReadingHtml() {
        return Html.escape(kpi.reading().filter(reading -> reading.current().isPresent()).map(KpiRow::describe).orElse(""));
    }

    public boolean isOffTarget() {
        return kpi.reading().map(KpiReading::isOffTarget).orElse(false);
    }

    private static String describe(KpiReading reading) {
        String current = Texts.amount(reading.current().getAsDouble(), reading.unit());
        if (reading.threshold().isEmpty()) {
            return current;
        }
        return current + " / " + Texts.amount(reading.threshold().getAsDouble(), reading.unit());
    }
}
