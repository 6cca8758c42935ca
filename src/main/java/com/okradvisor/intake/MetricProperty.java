package com.okradvisor.intake;

import com.okradvisor.model.Metric;

/**
 * The {@code okr.metric} property: a key result's metric and its weight in the objective.
 *
 * @param metric baseline, target, current value and unit
 * @param weight the key result's weight, {@code KeyResult.DEFAULT_WEIGHT} when not given
 */
public record MetricProperty(Metric metric, double weight) {
}
