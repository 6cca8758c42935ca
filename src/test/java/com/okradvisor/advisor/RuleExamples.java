package com.okradvisor.advisor;

import com.okradvisor.model.Finding;
import com.okradvisor.model.Issue;
import com.okradvisor.model.Objective;
import com.okradvisor.model.Portfolio;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The rule fixtures ({@link RuleFixture}) and the examples their rules' pages show ({@link RuleExample}),
 * got by running the marked cases and recording what the verifier evaluated: the issue the finding is
 * about and the exact messages for the case that fires, the same issue (or the first of its kind) for
 * the near miss.
 */
final class RuleExamples {

    /** Every {@code @RuleFixture} class of the tests. */
    static final List<JavaClass> FIXTURES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
            .importPackages("com.okradvisor").stream()
            .filter(type -> type.isAnnotatedWith(RuleFixture.class))
            .toList();

    private RuleExamples() {
    }

    /** Each rule's page examples by rule key; a rule whose fixture marks no examples is absent. */
    static Map<String, Page> pages() {
        Map<String, Page> pages = new TreeMap<>();
        for (JavaClass fixture : FIXTURES) {
            Class<?> type = fixture.reflect();
            Example fires = null;
            Example nearMiss = null;
            List<Method> marked = new ArrayList<>(List.of(type.getDeclaredMethods()));
            marked.removeIf(method -> !method.isAnnotationPresent(RuleExample.class));
            marked.sort(Comparator.comparing(Method::getName));
            List<RuleVerifier.Evaluation> evaluations = new ArrayList<>();
            for (Method method : marked) {
                RuleVerifier.Evaluation evaluation = run(type, method);
                evaluations.add(evaluation);
                if (!evaluation.findings().isEmpty()) {
                    fires = example(method, evaluation, evaluation.findings().get(0).issueKey(), "");
                }
            }
            for (int i = 0; i < marked.size(); i++) {
                if (evaluations.get(i).findings().isEmpty()) {
                    nearMiss = example(marked.get(i), evaluations.get(i), fires == null ? "" : fires.issueKey(),
                            fires == null ? "" : fires.kind());
                }
            }
            if (fires != null && nearMiss != null) {
                pages.put(type.getAnnotation(RuleFixture.class).value(), new Page(fires, nearMiss));
            }
        }
        return pages;
    }

    /** Runs one marked case of a nested fixture class and gives the one evaluation it made. */
    private static RuleVerifier.Evaluation run(Class<?> fixture, Method method) {
        try {
            Constructor<?> outer = fixture.getEnclosingClass().getDeclaredConstructor();
            outer.setAccessible(true);
            Constructor<?> inner = fixture.getDeclaredConstructor(fixture.getEnclosingClass());
            inner.setAccessible(true);
            Object instance = inner.newInstance(outer.newInstance());
            method.setAccessible(true);
            List<RuleVerifier.Evaluation> evaluations = RuleVerifier.recording(() -> invoke(method, instance));
            if (evaluations.size() != 1) {
                throw new IllegalStateException(fixture.getSimpleName() + "." + method.getName()
                        + " is a @RuleExample and must make exactly one RuleVerifier call, but made " + evaluations.size());
            }
            return evaluations.get(0);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot run " + fixture.getSimpleName() + "." + method.getName(), e);
        }
    }

    private static void invoke(Method method, Object instance) {
        try {
            method.invoke(instance);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(method.getName() + " failed", e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Example example(Method method, RuleVerifier.Evaluation evaluation, String issueKey, String kind) {
        Subject subject = subject(evaluation.portfolio(), issueKey, kind);
        return new Example(caption(method.getName()), subject.issueKey(), subject.kind(), subject.summary(),
                evaluation.findings().stream().map(Finding::message).toList());
    }

    /**
     * The issue an example is about: the one with {@code issueKey} when the portfolio holds it, else its
     * first issue of that {@code kind}, else its first key result, objective or KPI, in that order.
     */
    private static Subject subject(Portfolio portfolio, String issueKey, String kind) {
        List<Subject> all = new ArrayList<>();
        List<Subject> keyResults = new ArrayList<>();
        for (Objective objective : portfolio.objectives()) {
            all.add(subject("objective", objective.issue()));
            objective.keyResults().forEach(keyResult -> keyResults.add(subject("key result", keyResult.issue())));
        }
        all.addAll(0, keyResults);
        portfolio.kpis().forEach(kpi -> all.add(subject("KPI", kpi.issue())));
        Optional<Subject> named = all.stream().filter(subject -> subject.issueKey().equals(issueKey)).findFirst()
                .or(() -> all.stream().filter(subject -> subject.kind().equals(kind)).findFirst());
        return named.orElseGet(() -> all.stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("an example's portfolio holds no issue")));
    }

    private static Subject subject(String kind, Issue issue) {
        return new Subject(issue.key(), kind, issue.summary());
    }

    /** A test method's name as words: {@code flagsKeyResultWithoutMetric} → "flags key result without metric". */
    static String caption(String methodName) {
        return methodName.replaceAll("(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", " ").toLowerCase(Locale.ROOT);
    }

    private record Subject(String issueKey, String kind, String summary) {
    }

    /**
     * One example on a rule's page.
     *
     * @param caption what the case is, from its test's name
     * @param issueKey the issue it is about
     * @param kind "objective", "key result" or "KPI"
     * @param summary that issue's summary
     * @param messages the findings' messages, exactly as the rule reports them; none for a near miss
     */
    record Example(String caption, String issueKey, String kind, String summary, List<String> messages) {
    }

    /** A rule's two examples: a case that fires and its near miss. */
    record Page(Example fires, Example doesNotFire) {
    }
}
