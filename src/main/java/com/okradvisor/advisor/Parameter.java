package com.okradvisor.advisor;

import com.okradvisor.advisor.fact.Threshold;
import com.okradvisor.advisor.fact.Thresholds;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * A threshold a rule reads, with its default, its bounds and what it means: read from the
 * {@link Threshold} declaration on its component of {@link Thresholds}, in the record's order.
 * There is one instance per component.
 */
public final class Parameter {

    private static final RecordComponent[] COMPONENTS = Thresholds.class.getRecordComponents();
    private static final List<Parameter> ALL = Arrays.stream(COMPONENTS).map(Parameter::declaredOn).toList();
    private static final Constructor<Thresholds> CANONICAL = canonicalConstructor();

    private final String key;
    private final double defaultValue;
    private final double min;
    private final double max;
    private final boolean whole;
    private final String description;

    private Parameter(String key, Threshold declared, boolean whole) {
        this.key = key;
        this.defaultValue = declared.defaultValue();
        this.min = declared.min();
        this.max = declared.max();
        this.whole = whole;
        this.description = declared.description();
    }

    /** Every threshold, in the order of the components of {@link Thresholds}. */
    public static Parameter[] values() {
        return ALL.toArray(Parameter[]::new);
    }

    public static Optional<Parameter> fromKey(String key) {
        return ALL.stream().filter(parameter -> parameter.key.equals(key)).findFirst();
    }

    /** The name admins and rule files use, e.g. {@code staleAfterDays}: the component's name. */
    public String key() {
        return key;
    }

    public double defaultValue() {
        return defaultValue;
    }

    public double min() {
        return min;
    }

    public double max() {
        return max;
    }

    /** True for counts and days, which take whole numbers only: the component is an {@code int}. */
    public boolean isWhole() {
        return whole;
    }

    public String description() {
        return description;
    }

    /** The value as people write it: {@code 14}, {@code 0.75}. */
    public String format(double value) {
        return whole ? Long.toString((long) value) : Double.toString(value);
    }

    @Override
    public String toString() {
        return key;
    }

    /** Refuses a value outside the bounds, or a fraction for a whole-number parameter. */
    void check(double value) {
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException(key + " must be between " + format(min) + " and " + format(max)
                    + ", was " + value);
        }
        if (whole && value != Math.rint(value)) {
            throw new IllegalArgumentException(key + " must be a whole number, was " + value);
        }
    }

    /** The thresholds with each component set, by its name, to {@code valueOf} its parameter. */
    static Thresholds thresholds(ToDoubleFunction<Parameter> valueOf) {
        Object[] values = ALL.stream().map(parameter -> parameter.boxed(valueOf.applyAsDouble(parameter))).toArray();
        try {
            return CANONICAL.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + Thresholds.class.getName(), e);
        }
    }

    private Object boxed(double value) {
        if (whole) {
            return (int) value;
        }
        return value;
    }

    /** The parameter a component declares; a component without a declaration or of another type is a bug. */
    private static Parameter declaredOn(RecordComponent component) {
        Threshold declared = component.getAnnotation(Threshold.class);
        Class<?> type = component.getType();
        if (declared == null || type != int.class && type != double.class) {
            throw new IllegalStateException("Thresholds." + component.getName() + " must be an int or a double"
                    + " declared with @" + Threshold.class.getSimpleName());
        }
        Parameter parameter = new Parameter(component.getName(), declared, type == int.class);
        parameter.check(parameter.min);
        parameter.check(parameter.max);
        parameter.check(parameter.defaultValue);
        return parameter;
    }

    private static Constructor<Thresholds> canonicalConstructor() {
        try {
            return Thresholds.class.getConstructor(
                    Arrays.stream(COMPONENTS).map(RecordComponent::getType).toArray(Class<?>[]::new));
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("a record always has its canonical constructor", e);
        }
    }
}
