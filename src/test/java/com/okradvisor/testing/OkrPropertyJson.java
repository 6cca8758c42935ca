package com.okradvisor.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.okradvisor.model.KpiReading;
import com.okradvisor.model.Metric;
import java.util.OptionalDouble;

/**
 * A key result's metric and a KPI's reading as the {@code okr.metric} and {@code okr.kpi} issue properties
 * hold them (docs/design.md, "The OKR model"): what the benchmarks' REST export and their fake Jira serve.
 */
public final class OkrPropertyJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private OkrPropertyJson() {
    }

    /** {@code okr.metric}: baseline, target and current when known, and the unit. */
    public static ObjectNode metric(Metric metric) {
        ObjectNode value = JSON.createObjectNode();
        number(value, "baseline", metric.baseline());
        number(value, "target", metric.target());
        number(value, "current", metric.current());
        value.put("unit", metric.unit());
        return value;
    }

    /** {@code okr.kpi}: current and threshold when known, the direction, the unit and the day it was updated. */
    public static ObjectNode kpi(KpiReading reading) {
        ObjectNode value = JSON.createObjectNode();
        number(value, "current", reading.current());
        number(value, "threshold", reading.threshold());
        value.put("direction", reading.direction().key());
        value.put("unit", reading.unit());
        reading.updated().ifPresent(day -> value.put("updated", day.toString()));
        return value;
    }

    private static void number(ObjectNode node, String field, OptionalDouble value) {
        if (value.isPresent()) {
            node.put(field, value.getAsDouble());
        }
    }
}
