package com.okradvisor.advisor;

import com.okradvisor.advisor.fact.Thresholds;
import com.okradvisor.progress.ProgressSettings;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/** What an admin tunes: thresholds, rules switched off, and the progress settings. Immutable. */
public final class AdvisorSettings {

    public static final AdvisorSettings DEFAULTS = new AdvisorSettings(Map.of(), Set.of(), ProgressSettings.DEFAULTS);

    private final Map<Parameter, Double> values;
    private final Set<String> disabledRules;
    private final ProgressSettings progress;

    private AdvisorSettings(Map<Parameter, Double> values, Set<String> disabledRules, ProgressSettings progress) {
        this.values = Map.copyOf(values);
        this.disabledRules = Collections.unmodifiableSet(new TreeSet<>(disabledRules));
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    /** The value in force: the one set, or the default. */
    public double get(Parameter parameter) {
        return values.getOrDefault(parameter, parameter.defaultValue());
    }

    /** These settings with {@code parameter} set to {@code value}; refuses a value out of bounds. */
    public AdvisorSettings with(Parameter parameter, double value) {
        parameter.check(value);
        Map<Parameter, Double> changed = new HashMap<>(values);
        changed.put(parameter, value);
        return new AdvisorSettings(changed, disabledRules, progress);
    }

    /** These settings with the rules named by {@code ruleKeys} switched off. */
    public AdvisorSettings withDisabled(Set<String> ruleKeys) {
        return new AdvisorSettings(values, ruleKeys, progress);
    }

    public AdvisorSettings withProgress(ProgressSettings progressSettings) {
        return new AdvisorSettings(values, disabledRules, progressSettings);
    }

    public Set<String> disabledRules() {
        return disabledRules;
    }

    public ProgressSettings progress() {
        return progress;
    }

    /** The thresholds as the fact the rules read: each component the value in force of its parameter. */
    public Thresholds thresholds() {
        return Parameter.thresholds(this::get);
    }

    /** Equal when every value in force, rule switch and progress setting is: a default set explicitly is still the default. */
    @Override
    public boolean equals(Object other) {
        return other instanceof AdvisorSettings that && inForce().equals(that.inForce())
                && disabledRules.equals(that.disabledRules) && progress.equals(that.progress);
    }

    @Override
    public int hashCode() {
        return Objects.hash(inForce(), disabledRules, progress);
    }

    private Map<Parameter, Double> inForce() {
        Map<Parameter, Double> all = new HashMap<>();
        for (Parameter parameter : Parameter.values()) {
            all.put(parameter, get(parameter));
        }
        return all;
    }
}
