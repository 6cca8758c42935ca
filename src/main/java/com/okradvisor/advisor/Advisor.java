package com.okradvisor.advisor;

import com.okradvisor.advisor.fact.Thresholds;
import com.okradvisor.model.Finding;
import com.okradvisor.model.Portfolio;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.core.impl.RuleBaseFactory;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieSession;
import org.kie.internal.builder.CompositeKnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;

/**
 * The rules engine behind one port: {@link #evaluate(Portfolio, AdvisorSettings, LocalDate)}.
 *
 * <p>The rules are compiled once into a KieBase; each evaluation runs in a fresh session that is
 * always disposed, so one advisor serves any number of threads. An advisor is immutable: adding
 * custom rules gives a new advisor and leaves this one in force.
 *
 * <p>KIE finds its own parts through the thread context class loader and caches a failure for good;
 * inside Jira that loader cannot see Drools. So every KIE call here passes the advisor's class
 * loader explicitly and also sets it as the context class loader for the call's duration.
 */
public final class Advisor {

    /** The shipped rule files under {@code rules/}, one per theme of the catalogue, in catalogue order. */
    public static final List<String> SHIPPED_RULE_FILES = List.of(
            "structure.drl", "measurability.drl", "alignment.drl", "cadence.drl", "progress.drl", "ownership.drl");
    private static final String FINDINGS_GLOBAL = "findings";
    private static final String THRESHOLDS_GLOBAL = "thresholds";

    private final ClassLoader classLoader;
    private final ShippedRules shippedRules;
    private final Map<String, String> customRules;
    private final KieBase kieBase;
    private final RuleCatalogue catalogue;

    /**
     * The shipped rules come compiled by the build ({@link ShippedRules}): building their KieBase only
     * loads classes. Custom rules are compiled here, on their own, and added to it.
     */
    private Advisor(ClassLoader classLoader, ShippedRules shippedRules, Map<String, String> customRules)
            throws RuleFileException {
        this.classLoader = classLoader;
        this.shippedRules = shippedRules;
        this.customRules = customRules;
        InternalKnowledgeBase base = withClassLoader(() -> KieBaseBuilder.createKieBaseFromModel(
                shippedRules.models(), RuleBaseFactory.newKnowledgeBaseConfiguration(null, classLoader)));
        Collection<KiePackage> custom = customRules.isEmpty() ? List.of() : compileCustom(base);
        List<KiePackage> packages = new ArrayList<>(base.getKiePackages());
        packages.addAll(custom);
        List<String> fileOrder = new ArrayList<>(SHIPPED_RULE_FILES);
        fileOrder.addAll(customRules.keySet());
        this.catalogue = RuleCatalogue.of(packages, shippedRules.files(), fileOrder);
        if (!custom.isEmpty()) {
            withClassLoader(() -> {
                base.addPackages(custom);
                return null;
            });
        }
        this.kieBase = base;
    }

    /**
     * The advisor with the shipped catalogue, loaded through {@code classLoader} (which must see
     * Drools and this app's classes, the compiled rules among them).
     *
     * @throws IllegalStateException when the compiled rules are missing or incomplete: a broken build
     */
    public static Advisor load(ClassLoader classLoader) {
        Objects.requireNonNull(classLoader, "classLoader");
        try {
            return new Advisor(classLoader, ShippedRules.load(classLoader), Map.of());
        } catch (RuleFileException e) {
            throw new IllegalStateException("the shipped rules are not a catalogue:" + System.lineSeparator()
                    + e.getMessage(), e);
        }
    }

    /**
     * An advisor with the shipped rules and exactly these custom rule files (file name → DRL text): a
     * new one unless they are the files in force; this advisor stays as it is. Custom files must be
     * named {@code *.drl}, must not reuse a shipped file's name or a shipped rule's name, and their
     * rules must carry the catalogue metadata with keys of their own.
     *
     * @throws RuleFileException with every problem (file, line, message) when a file is refused
     */
    public Advisor withCustomRules(Map<String, String> files) throws RuleFileException {
        if (files.equals(customRules)) {
            return this;
        }
        List<RuleProblem> problems = new ArrayList<>();
        for (String name : files.keySet()) {
            if (!name.endsWith(".drl") || name.contains("/") || name.contains("\\")) {
                problems.add(new RuleProblem(name, 0, "a rule file's name must end in .drl and name no folder"));
            } else if (SHIPPED_RULE_FILES.contains(name)) {
                problems.add(new RuleProblem(name, 0, "a shipped rule file has this name; choose another"));
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleFileException(problems);
        }
        return new Advisor(classLoader, shippedRules, Collections.unmodifiableMap(new LinkedHashMap<>(files)));
    }

    /** The custom rule files in force, file name → DRL text. */
    public Map<String, String> customRules() {
        return customRules;
    }

    public RuleCatalogue catalogue() {
        return catalogue;
    }

    /**
     * Judges {@code portfolio} as of {@code asOf}: the findings of every rule that {@code settings}
     * leaves switched on, sorted by severity, then issue key, then rule key.
     */
    public List<Finding> evaluate(Portfolio portfolio, AdvisorSettings settings, LocalDate asOf) {
        List<Object> facts = new FactBuilder(settings, asOf).facts(portfolio);
        return run(facts, settings);
    }

    /** Runs the rules over facts already built; the benchmarks measure the two halves apart. */
    List<Finding> run(List<Object> facts, AdvisorSettings settings) {
        FindingCollector collector = new FindingCollector(catalogue.byKey());
        Set<String> disabled = settings.disabledRules();
        withClassLoader(() -> {
            KieSession session = kieBase.newKieSession();
            try {
                session.setGlobal(FINDINGS_GLOBAL, collector);
                Thresholds thresholds = settings.thresholds();
                session.setGlobal(THRESHOLDS_GLOBAL, thresholds);
                session.insert(thresholds);
                for (Object fact : facts) {
                    session.insert(fact);
                }
                session.fireAllRules(match -> !disabled.contains(
                        String.valueOf(match.getRule().getMetaData().get(RuleCatalogue.KEY))));
            } finally {
                session.dispose();
            }
            return null;
        });
        return Finding.sorted(collector.findings());
    }

    /**
     * Compiles the custom files in one batch (one by one, each file's consequences would go through
     * the Java compiler on their own), refusing a rule that would replace a shipped rule of the same
     * package and name in {@code base}.
     */
    private Collection<KiePackage> compileCustom(InternalKnowledgeBase base) throws RuleFileException {
        KnowledgeBuilder builder;
        try {
            builder = withClassLoader(() -> compile(customRules));
        } catch (CompileFailure failure) {
            throw new RuleFileException(failure.problems);
        }
        List<RuleProblem> problems = new ArrayList<>();
        for (KiePackage kiePackage : builder.getKnowledgePackages()) {
            for (Rule rule : kiePackage.getRules()) {
                if (base.getRule(kiePackage.getName(), rule.getName()) != null) {
                    problems.add(new RuleProblem(((RuleImpl) rule).getResource().getSourcePath(), 0, "rule \""
                            + rule.getName() + "\" has the name of a shipped rule in package " + kiePackage.getName()
                            + " (" + shippedRules.files().get(rule.getName()) + "); choose another"));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleFileException(problems);
        }
        return builder.getKnowledgePackages();
    }

    private KnowledgeBuilder compile(Map<String, String> files) {
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder(
                KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration(null, classLoader));
        CompositeKnowledgeBuilder batch = builder.batch();
        for (Map.Entry<String, String> file : files.entrySet()) {
            batch.add(ResourceFactory.newByteArrayResource(file.getValue().getBytes(StandardCharsets.UTF_8))
                    .setSourcePath(file.getKey()), ResourceType.DRL);
        }
        batch.build();
        if (builder.hasErrors()) {
            throw new CompileFailure(problems(builder));
        }
        return builder;
    }

    private static List<RuleProblem> problems(KnowledgeBuilder builder) {
        List<RuleProblem> problems = new ArrayList<>();
        for (KnowledgeBuilderError error : builder.getErrors()) {
            String file = error.getResource() == null ? "" : String.valueOf(error.getResource().getSourcePath());
            int[] lines = error.getLines();
            problems.add(new RuleProblem(file, lines.length > 0 ? Math.max(lines[0], 0) : 0, error.getMessage().strip()));
        }
        return problems;
    }

    private <T> T withClassLoader(Supplier<T> action) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(classLoader);
        try {
            return action.get();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** Carries compiler problems out of a {@link Supplier}, which cannot throw checked exceptions. */
    private static final class CompileFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient List<RuleProblem> problems;

        CompileFailure(List<RuleProblem> problems) {
            super(null, null, false, false);
            this.problems = problems;
        }
    }
}
