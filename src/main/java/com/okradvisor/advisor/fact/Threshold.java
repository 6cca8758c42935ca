package com.okradvisor.advisor.fact;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a component of {@link Thresholds} as a rule parameter, on the value the rules read: its
 * default, its bounds and what it means. Whether it takes whole numbers only follows from the
 * component's type ({@code int} for counts and days, {@code double} for shares). The catalogue, the
 * admin page and the CLI read these declarations; nothing else lists the thresholds.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Threshold {

    double defaultValue();

    double min();

    double max();

    /** What the value means, in one sentence. */
    String description();
}
