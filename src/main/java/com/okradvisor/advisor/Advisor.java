package com.okradvisor.advisor;

import com.okradvisor.advisor.fact.Thresholds;
import com.okradvisor.model.Finding;
import com.okradvisor.model.Portfolio;
import com.okradvisor.progress.ObjectiveProgress;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.GroupElement;
import org.drools.base.rule.RuleConditionElement;
import org.drools.core.impl.RuleBaseFactory;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.AgendaFilter;
import org.kie.internal.builder.CompositeKnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;

/**
 * The rules engine behind one port: {@link #evaluate(Portfolio, AdvisorSettings, LocalDate)}.
 *
 * <p>The shipped rules are compiled once into a KieBase; each evaluation runs them in fresh sessions
 * (one per batch of facts) that are always disposed, so one advisor serves any number of threads.
 * Custom rules are confined, dry-run and run apart, each in a KieBase and sessions of its own within
 * {@link CustomRuleBounds} ({@link CustomRuleSet}). An advisor is immutable: adding custom rules gives
 * a new advisor and leaves this one in force.
 *
 * <p>KIE finds its own parts through the thread context class loader and caches a failure for good;
 * inside Jira that loader cannot see Drools. So every KIE call here passes the advisor's class
 * loader explicitly and also sets it as the context class loader for the call's duration.
 */
public final class Advisor {

    static final String FINDINGS_GLOBAL = "findings";
    static final String THRESHOLDS_GLOBAL = "thresholds";
    /**
     * Facts per session when every rule matches one fact: enough to spread the cost of a session,
     * few enough that a batch's facts and tuples stay in the young generation and the CPU's cache.
     */
    private static final int BATCH_FACTS = 5_000;

    private final ClassLoader classLoader;
    private final ShippedRules shippedRules;
    private final Map<String, String> customRules;
    /** The shipped rules alone: custom rules never enter it. */
    private final KieBase kieBase;
    private final CustomRuleSet customRuleSet;
    private final RuleCatalogue catalogue;
    /** {@link #BATCH_FACTS} when every shipped rule matches one fact (as {@code CatalogueTest} holds them to). */
    private final int batchFacts;

    /**
     * The shipped rules come compiled by the build ({@link ShippedRules}): building their KieBase only
     * loads classes. Custom rules are checked ({@link Confinement}) and compiled here, on their own, each
     * into a KieBase of its own ({@link CustomRuleSet}); they never enter the shipped rules' KieBase, so
     * the shipped rules keep their batched evaluation whatever a custom rule joins or does.
     */
    private Advisor(ClassLoader classLoader, ShippedRules shippedRules, Map<String, String> customRules,
            CustomRuleBounds bounds) throws RuleFileException {
        this.classLoader = classLoader;
        this.shippedRules = shippedRules;
        this.customRules = customRules;
        KieBaseConfiguration configuration = withClassLoader(
                () -> RuleBaseFactory.newKnowledgeBaseConfiguration(null, classLoader));
        InternalKnowledgeBase base = withClassLoader(() -> KieBaseBuilder.createKieBaseFromModel(
                shippedRules.models(), configuration));
        Collection<KiePackage> custom = customRules.isEmpty() ? List.of() : compileCustom(base);
        List<KiePackage> packages = new ArrayList<>(base.getKiePackages());
        packages.addAll(custom);
        List<String> fileOrder = new ArrayList<>(shippedRules.fileNames());
        fileOrder.addAll(customRules.keySet());
        Map<String, Map<String, List<String>>> thresholdsRead = new HashMap<>(shippedRules.thresholdsRead());
        customRules.forEach((file, text) -> thresholdsRead.put(file, ThresholdReads.byRule(text)));
        this.catalogue = RuleCatalogue.of(packages, shippedRules.files(), fileOrder, thresholdsRead);
        this.kieBase = base;
        this.batchFacts = base.getKiePackages().stream().flatMap(kiePackage -> kiePackage.getRules().stream())
                .allMatch(Advisor::matchesOneFact) ? BATCH_FACTS : Integer.MAX_VALUE;
        this.customRuleSet = withClassLoader(() -> CustomRuleSet.of(custom, configuration, bounds, Advisor::matchesOneFact,
                BATCH_FACTS));
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
            return new Advisor(classLoader, ShippedRules.load(classLoader), Map.of(), CustomRuleBounds.DEFAULTS);
        } catch (RuleFileException e) {
            throw new IllegalStateException("the shipped rules are not a catalogue:" + System.lineSeparator()
                    + e.getMessage(), e);
        }
    }

    /**
     * An advisor with the shipped rules and exactly these custom rule files (file name → DRL text): a
     * new one unless they are the files in force; this advisor stays as it is. Custom files must be
     * named {@code *.drl}, must not reuse a shipped file's name or a shipped rule's name, and their
     * rules must carry the catalogue metadata with keys of their own, reach only what {@link Confinement}
     * allows, and pass a dry run: judged on a small synthetic portfolio ({@code DryRun}) within the
     * bounds of every evaluation ({@link CustomRuleBounds#DEFAULTS}), no rule may throw or overrun.
     * This is the one check a custom file passes before it is stored or put in force.
     *
     * @throws RuleFileException with every problem (file, line, message) when a file is refused
     */
    public Advisor withCustomRules(Map<String, String> files) throws RuleFileException {
        return withCustomRules(files, CustomRuleBounds.DEFAULTS);
    }

    /** {@link #withCustomRules(Map)} with custom rules fired within {@code bounds}, the dry run included. */
    Advisor withCustomRules(Map<String, String> files, CustomRuleBounds bounds) throws RuleFileException {
        if (files.equals(customRules)) {
            return this;
        }
        List<RuleProblem> problems = new ArrayList<>();
        for (String name : files.keySet()) {
            if (!name.endsWith(".drl") || name.contains("/") || name.contains("\\")) {
                problems.add(new RuleProblem(name, 0, "a rule file's name must end in .drl and name no folder"));
            } else if (shippedRules.fileNames().contains(name)) {
                problems.add(new RuleProblem(name, 0, "a shipped rule file has this name; choose another"));
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleFileException(problems);
        }
        Advisor advisor = new Advisor(classLoader, shippedRules, Collections.unmodifiableMap(new LinkedHashMap<>(files)),
                bounds);
        advisor.dryRun();
        return advisor;
    }

    /**
     * Judges {@code DryRun}'s portfolio with every rule switched on, refusing the files of the custom
     * rules that throw or overrun there, each problem naming the rule and the line it starts on.
     */
    private void dryRun() throws RuleFileException {
        List<RuleIncident> incidents = assess(DryRun.portfolio(), AdvisorSettings.DEFAULTS, DryRun.AS_OF).incidents();
        if (!incidents.isEmpty()) {
            throw new RuleFileException(incidents.stream().map(incident -> new RuleProblem(incident.file(),
                    ruleLine(customRules.get(incident.file()), incident.ruleName()), "rule \"" + incident.ruleName()
                            + "\" " + incident.detail() + " in a dry run on a small sample portfolio")).toList());
        }
    }

    /** The line {@code rule "name"} is declared on in {@code drl}, or 0. */
    private static int ruleLine(String drl, String name) {
        Matcher declaration = Pattern.compile("\\brule\\s+(\"" + Pattern.quote(name) + "\"|'" + Pattern.quote(name) + "'|"
                + Pattern.quote(name) + "\\b)").matcher(drl);
        return declaration.find() ? Token.lineOf(drl, declaration.start()) : 0;
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
     * leaves switched on, sorted by severity, then issue key, then rule key. Keeps no standing: what a
     * large portfolio's judgement holds stays one batch of facts.
     */
    public List<Finding> evaluate(Portfolio portfolio, AdvisorSettings settings, LocalDate asOf) {
        return judge(portfolio, settings, asOf, (key, standing) -> { }, new ArrayList<>());
    }

    /**
     * Judges {@code portfolio} as {@link #evaluate} does, and keeps each objective's standing, which
     * the facts were built from, so that a view shows the very progress the rules judged, and the custom
     * rules taken out of this evaluation because they threw or overran.
     */
    public Assessment assess(Portfolio portfolio, AdvisorSettings settings, LocalDate asOf) {
        Map<String, ObjectiveProgress> standings = new HashMap<>();
        List<RuleIncident> incidents = new ArrayList<>();
        List<Finding> findings = judge(portfolio, settings, asOf, standings::put, incidents);
        return new Assessment(findings, standings, incidents);
    }

    /**
     * The facts are built once and fed to the shipped rules' sessions and, when there are custom rules,
     * to theirs ({@link CustomRuleSet}); without custom rules the shipped rules' path is all there is.
     */
    private List<Finding> judge(Portfolio portfolio, AdvisorSettings settings, LocalDate asOf,
            BiConsumer<String, ObjectiveProgress> standings, List<RuleIncident> incidents) {
        FindingCollector collector = new FindingCollector(catalogue.byKey());
        withClassLoader(() -> {
            try (Sessions sessions = new Sessions(settings, collector);
                    CustomRuleSet.Judging custom = customRuleSet.judging(settings.disabledRules(), collector,
                            settings.thresholds())) {
                Consumer<Object> sink = customRules.isEmpty() ? sessions::insert : fact -> {
                    sessions.insert(fact);
                    custom.insert(fact);
                };
                new FactBuilder(settings, asOf).facts(portfolio, sink, standings);
                sessions.fire();
                custom.fire();
                incidents.addAll(custom.incidents());
            }
            return null;
        });
        return Finding.sorted(collector.findings());
    }

    /** Whether an evaluation judges every rule in force, shipped and custom, in batches of facts. */
    boolean evaluatesInBatches() {
        return batchFacts < Integer.MAX_VALUE && customRuleSet.judgesInBatches();
    }

    /**
     * Whether every match of {@code rule} is one fact (with the thresholds every session holds): its
     * conditions are patterns on inserted facts, no {@code from}, {@code accumulate}, {@code not},
     * {@code exists}, {@code or} or {@code eval}, all but one on {@link Thresholds}, and it is in no
     * activation group. Such a rule finds the same matches in any split of the facts into sessions.
     */
    private static boolean matchesOneFact(Rule rule) {
        RuleImpl impl = (RuleImpl) rule;
        GroupElement conditions = impl.getLhs();
        if (!conditions.isAnd() || impl.getActivationGroup() != null && !impl.getActivationGroup().isEmpty()) {
            return false;
        }
        int facts = 0;
        for (RuleConditionElement condition : conditions.getChildren()) {
            if (!(condition instanceof org.drools.base.rule.Pattern pattern) || pattern.getSource() != null) {
                return false;
            }
            if (!pattern.getObjectType().getClassName().equals(Thresholds.class.getName())) {
                facts++;
            }
        }
        return facts == 1;
    }

    /**
     * The sessions of one evaluation. Facts go into the open session; after {@link #batchFacts} of
     * them it fires and is disposed, and the next fact opens a new one. The facts, tuples and matches
     * of a batch die young: what an evaluation keeps is one batch, its findings and the objectives' facts.
     */
    private final class Sessions implements AutoCloseable {

        private final FindingCollector collector;
        private final Thresholds thresholds;
        private final AgendaFilter enabled;
        private KieSession session;
        private int inserted;

        Sessions(AdvisorSettings settings, FindingCollector collector) {
            this.collector = collector;
            this.thresholds = settings.thresholds();
            Set<String> disabled = settings.disabledRules();
            this.enabled = match -> !disabled.contains(
                    String.valueOf(match.getRule().getMetaData().get(RuleCatalogue.KEY)));
            this.session = open();
        }

        void insert(Object fact) {
            if (session == null) {
                session = open();
            }
            session.insert(fact);
            if (++inserted == batchFacts) {
                fire();
            }
        }

        /** Fires the open session, if any, and disposes it. */
        void fire() {
            if (session != null) {
                inserted = 0;
                session.fireAllRules(enabled);
                close();
            }
        }

        private KieSession open() {
            KieSession opened = kieBase.newKieSession();
            opened.setGlobal(FINDINGS_GLOBAL, collector);
            opened.setGlobal(THRESHOLDS_GLOBAL, thresholds);
            opened.insert(thresholds);
            return opened;
        }

        @Override
        public void close() {
            if (session != null) {
                session.dispose();
                session = null;
            }
        }
    }

    /**
     * Compiles the custom files in one batch (one by one, each file's consequences would go through
     * the Java compiler on their own), refusing a rule that would replace a shipped rule of the same
     * package and name in {@code base}.
     */
    private Collection<KiePackage> compileCustom(InternalKnowledgeBase base) throws RuleFileException {
        List<RuleProblem> confined = new ArrayList<>();
        customRules.forEach((file, text) -> confined.addAll(Confinement.check(file, text)));
        if (!confined.isEmpty()) {
            throw new RuleFileException(confined);
        }
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
