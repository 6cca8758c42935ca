package com.okradvisor.advisor;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a case of a {@link RuleFixture} that {@code docs/rules.md} shows on the rule's page: put it on
 * the test whose case fires ({@link RuleVerifier#reports}) and on its near miss
 * ({@link RuleVerifier#reportsNothing}), one each, each with that one verifier call. The page is made by
 * running these very cases ({@link RuleExamples}), so it cannot drift from them; {@code CatalogueTest}
 * fails the build when a fixture lacks either.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@interface RuleExample {
}
