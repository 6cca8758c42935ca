package com.okradvisor.model;

import java.util.Arrays;
import java.util.Optional;

/** Which side of its threshold a KPI should stay on. */
public enum KpiDirection {
    HIGHER_IS_BETTER("higher-is-better"),
    LOWER_IS_BETTER("lower-is-better");

    private final String key;

    KpiDirection(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<KpiDirection> fromKey(String key) {
        return Arrays.stream(values()).filter(direction -> direction.key.equals(key)).findFirst();
    }

    /** True when {@code current} is on the wrong side of {@code threshold}. */
    public boolean isOffTarget(double current, double threshold) {
        return this == HIGHER_IS_BETTER ? current < threshold : current > threshold;
    }
}
