package com.okradvisor.intake;

/** An entity property whose value has the wrong shape; names the property and the field. */
public final class PropertyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String property;
    private final String field;

    public PropertyException(String property, String field, String problem) {
        super(property + (field.isEmpty() ? "" : "." + field) + ": " + problem);
        this.property = property;
        this.field = field;
    }

    /** The property, e.g. {@code okr.metric}. */
    public String property() {
        return property;
    }

    /** The field inside it, e.g. {@code target} or {@code [2].confidence}; empty for the value as a whole. */
    public String field() {
        return field;
    }
}
