package com.okradvisor.view;

import com.okradvisor.model.Kpi;
import com.okradvisor.model.KpiDirection;
import com.okradvisor.model.KpiReading;
import com.okradvisor.text.Numbers;
import java.util.List;
import java.util.Optional;

/**
 * A KPI with its reading, the objectives it supports and its findings. Text goes into HTML only
 * through the {@code …Html} getters; the plain ones serve the text and JSON reports.
 */
public final class KpiView {

    private final Kpi kpi;
    private final List<FindingView> findings;

    public KpiView(Kpi kpi, List<FindingView> findings) {
        this.kpi = kpi;
        this.findings = List.copyOf(findings);
    }

    public String getKey() {
        return kpi.key();
    }

    public String getTitle() {
        return kpi.issue().summary();
    }

    public String getTitleHtml() {
        return Html.escape(getTitle());
    }

    public String getOwner() {
        return kpi.issue().owner().orElse("");
    }

    public Double getCurrent() {
        return reading().map(r -> Numbers.boxed(r.current())).orElse(null);
    }

    public Double getThreshold() {
        return reading().map(r -> Numbers.boxed(r.threshold())).orElse(null);
    }

    /** {@code higher-is-better} or {@code lower-is-better}, empty without a reading. */
    public String getDirection() {
        return reading().map(r -> r.direction().key()).orElse("");
    }

    public String getUnit() {
        return reading().map(KpiReading::unit).orElse("");
    }

    /** The day of the reading, empty when unknown. */
    public String getUpdated() {
        return reading().flatMap(KpiReading::updated).map(Object::toString).orElse("");
    }

    public boolean getOffTarget() {
        return reading().map(KpiReading::isOffTarget).orElse(false);
    }

    /** "4.3 stars (threshold ≥ 4.5)"; "no reading" when there is none. */
    public String getReadingText() {
        Optional<KpiReading> reading = reading();
        if (reading.isEmpty() || reading.get().current().isEmpty()) {
            return "no reading";
        }
        String unit = reading.get().unit();
        String text = Numbers.amount(reading.get().current().getAsDouble(), unit);
        if (reading.get().threshold().isPresent()) {
            String side = reading.get().direction() == KpiDirection.HIGHER_IS_BETTER ? "≥ " : "≤ ";
            text += " (threshold " + side + Numbers.amount(reading.get().threshold().getAsDouble(), unit) + ")";
        }
        return text;
    }

    public String getReadingHtml() {
        return Html.escape(getReadingText());
    }

    /** The objectives it is linked to, in or outside the report. */
    public List<String> getObjectiveKeys() {
        return kpi.objectiveKeys();
    }

    /** True when it supports an objective. */
    public boolean getHasObjectives() {
        return !kpi.objectiveKeys().isEmpty();
    }

    public List<FindingView> getFindings() {
        return findings;
    }

    private Optional<KpiReading> reading() {
        return kpi.reading();
    }
}
