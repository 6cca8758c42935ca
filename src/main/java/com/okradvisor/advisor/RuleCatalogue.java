package com.okradvisor.advisor;

import com.okradvisor.model.Severity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * Every rule in force, read from the metadata of the compiled DRL and the thresholds its text reads. A
 * rule without complete metadata, with an unknown severity, reading a threshold {@code Thresholds} does
 * not declare, or with a key another rule already has, is a problem.
 */
public final class RuleCatalogue {

    static final String KEY = "ruleKey";
    private static final String SEVERITY = "severity";
    private static final String TITLE = "title";
    private static final String RATIONALE = "rationale";
    private static final String REMEDY = "remedy";
    private static final String KEY_FORMAT = "[a-z0-9]+(?:-[a-z0-9]+)*";

    private final Map<String, RuleEntry> byKey;

    private RuleCatalogue(Map<String, RuleEntry> byKey) {
        this.byKey = byKey;
    }

    /**
     * The catalogue of {@code packages}, or the problems that keep it from being one. A rule compiled
     * from DRL knows its file; a shipped rule, compiled by the build, is looked up in {@code shippedFiles}
     * (rule name → file). Each rule's parameters are what {@code thresholdsRead} (file → rule name →
     * threshold names, {@link ThresholdReads}) says it reads.
     */
    static RuleCatalogue of(Collection<KiePackage> packages, Map<String, String> shippedFiles, List<String> fileOrder,
            Map<String, Map<String, List<String>>> thresholdsRead) throws RuleFileException {
        Function<RuleImpl, String> source = rule -> rule.getResource() == null
                || rule.getResource().getSourcePath() == null
                ? shippedFiles.getOrDefault(rule.getName(), "") : rule.getResource().getSourcePath();
        List<RuleProblem> problems = new ArrayList<>();
        List<RuleImpl> rules = packages.stream()
                .flatMap(kiePackage -> kiePackage.getRules().stream())
                .map(RuleImpl.class::cast)
                .sorted(Comparator.comparing((RuleImpl rule) -> fileOrder.indexOf(source.apply(rule)))
                        .thenComparingInt(RuleImpl::getLoadOrder))
                .toList();
        Map<String, RuleEntry> byKey = new LinkedHashMap<>();
        for (RuleImpl rule : rules) {
            String file = source.apply(rule);
            List<String> reads = thresholdsRead.getOrDefault(file, Map.of()).getOrDefault(rule.getName(), List.of());
            Optional<RuleEntry> entry = entry(rule, file, shippedFiles.containsValue(file), reads, problems);
            if (entry.isEmpty()) {
                continue;
            }
            RuleEntry existing = byKey.putIfAbsent(entry.get().key(), entry.get());
            if (existing != null) {
                problems.add(new RuleProblem(file, 0, "rule \"" + rule.getName() + "\" uses key "
                        + entry.get().key() + ", which " + existing.source() + " already uses"));
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleFileException(problems);
        }
        return new RuleCatalogue(byKey);
    }

    private static Optional<RuleEntry> entry(Rule rule, String source, boolean shipped, List<String> thresholdsRead,
            List<RuleProblem> problems) {
        Map<String, Object> meta = rule.getMetaData();
        List<String> missing = new ArrayList<>();
        for (String name : List.of(KEY, SEVERITY, TITLE, RATIONALE, REMEDY)) {
            if (text(meta, name).isBlank()) {
                missing.add("@" + name);
            }
        }
        String where = "rule \"" + rule.getName() + "\"";
        if (!missing.isEmpty()) {
            problems.add(new RuleProblem(source, 0, where + " lacks " + String.join(", ", missing)));
            return Optional.empty();
        }
        String key = text(meta, KEY);
        if (!key.matches(KEY_FORMAT)) {
            problems.add(new RuleProblem(source, 0, where + " has key '" + key + "'; keys are kebab-case"));
            return Optional.empty();
        }
        Optional<Severity> severity = Arrays.stream(Severity.values())
                .filter(value -> value.name().equals(text(meta, SEVERITY))).findFirst();
        if (severity.isEmpty()) {
            problems.add(new RuleProblem(source, 0, where + " has severity '" + text(meta, SEVERITY)
                    + "'; use CRITICAL, MAJOR, MINOR or INFO"));
            return Optional.empty();
        }
        List<Parameter> parameters = new ArrayList<>();
        for (String name : thresholdsRead) {
            Optional<Parameter> parameter = Parameter.fromKey(name);
            if (parameter.isEmpty()) {
                problems.add(new RuleProblem(source, 0, where + " reads thresholds." + name
                        + ", which Thresholds does not declare"));
                return Optional.empty();
            }
            parameters.add(parameter.get());
        }
        return Optional.of(new RuleEntry(key, severity.get(), text(meta, TITLE), text(meta, RATIONALE),
                text(meta, REMEDY), parameters, source, shipped));
    }

    private static String text(Map<String, Object> meta, String name) {
        Object value = meta.get(name);
        return value == null ? "" : value.toString().strip();
    }

    /** Every rule, shipped files first in their order, each file's rules in the order they are written. */
    public List<RuleEntry> entries() {
        return List.copyOf(byKey.values());
    }

    public Optional<RuleEntry> entry(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    Map<String, RuleEntry> byKey() {
        return byKey;
    }
}
