package com.okradvisor.advisor;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the nested test class that is one rule's fixture: a case that must fire with the exact
 * message and a near miss that must not. {@code CatalogueTest} checks every rule has exactly one.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@interface RuleFixture {

    /** The key of the rule the fixture specifies, e.g. {@code kr-unmeasurable}. */
    String value();
}
