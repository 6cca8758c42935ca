package com.okradvisor.model;

import java.util.Arrays;
import java.util.Optional;

/** Jira's status categories, by the keys Jira uses for them. */
public enum StatusCategory {
    UNDEFINED("undefined"),
    NEW("new"),
    IN_PROGRESS("indeterminate"),
    DONE("done");

    private final String key;

    StatusCategory(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** The category Jira calls {@code key}, or empty for a key Jira does not have. */
    public static Optional<StatusCategory> fromKey(String key) {
        return Arrays.stream(values()).filter(category -> category.key.equals(key)).findFirst();
    }
}
