package com.okradvisor.advisor;

import com.okradvisor.advisor.fact.AlignmentFact;
import com.okradvisor.advisor.fact.KeyResultFact;
import com.okradvisor.advisor.fact.KpiFact;
import com.okradvisor.advisor.fact.ObjectiveFact;
import com.okradvisor.advisor.fact.OwnerCycleFact;
import com.okradvisor.advisor.fact.ProjectCycleFact;
import com.okradvisor.model.CheckIn;
import com.okradvisor.model.Cycle;
import com.okradvisor.model.Issue;
import com.okradvisor.model.IssueKeys;
import com.okradvisor.model.KeyResult;
import com.okradvisor.model.Kpi;
import com.okradvisor.model.KpiReading;
import com.okradvisor.model.Metric;
import com.okradvisor.model.Objective;
import com.okradvisor.model.Portfolio;
import com.okradvisor.progress.KeyResultStanding;
import com.okradvisor.progress.ObjectiveProgress;
import com.okradvisor.progress.ProgressCalculator;
import com.okradvisor.text.MetricParser;
import com.okradvisor.text.MetricText;
import com.okradvisor.text.Wording;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.StringJoiner;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Turns a portfolio into the facts the rules read, working out in one linear pass everything that
 * is arithmetic rather than judgement: progress, cycles, ages, trends, text signals, loops, groups of alike key results.
 */
final class FactBuilder {

    private static final int MIN_FORECAST_POINTS = 3;

    private final ProgressCalculator calculator;
    private final LocalDate asOf;
    private final double duplicateSimilarity;

    FactBuilder(AdvisorSettings settings, LocalDate asOf) {
        this.calculator = new ProgressCalculator(settings.progress());
        this.asOf = asOf;
        this.duplicateSimilarity = settings.thresholds().duplicateSimilarity();
    }

    /**
     * Hands every fact of the portfolio, thresholds excluded, to {@code sink} as soon as it is built:
     * each objective with its key results and their groups of alike ones, then the KPIs, alignments, loops
     * and project cycles. Only the objectives' facts are kept until the end, for the KPIs, alignments and
     * project cycles, and a count per owner and cycle, for the owners' loads.
     * Each objective's standing, which its facts are built from, goes to {@code standings} by key.
     */
    void facts(Portfolio portfolio, Consumer<Object> sink, BiConsumer<String, ObjectiveProgress> standings) {
        Map<String, Integer> kpisPerObjective = new HashMap<>();
        for (Kpi kpi : portfolio.kpis()) {
            kpi.objectiveKeys().stream().distinct().forEach(key -> kpisPerObjective.merge(key, 1, Integer::sum));
        }
        Map<String, ObjectiveFact> objectives = new HashMap<>();
        Map<List<String>, OwnerLoad> ownerLoads = new HashMap<>();
        for (Objective objective : portfolio.objectives()) {
            ObjectiveProgress standing = calculator.assess(objective, asOf);
            standings.accept(objective.key(), standing);
            ObjectiveFact fact = objectiveFact(objective, standing, kpisPerObjective.getOrDefault(objective.key(), 0));
            objectives.put(objective.key(), fact);
            sink.accept(fact);
            addKeyResultFacts(objective.key(), fact, standing, sink, ownerLoads);
        }
        for (Kpi kpi : portfolio.kpis()) {
            sink.accept(kpiFact(kpi, objectives));
        }
        addAlignmentFacts(portfolio, objectives, sink);
        AlignmentLoops.find(portfolio).forEach(sink);
        addProjectCycleFacts(portfolio, objectives, sink);
        ownerLoads.forEach((group, load) -> sink.accept(
                new OwnerCycleFact(group.get(0), group.get(1), load.count, load.newest.key())));
    }

    private ObjectiveFact objectiveFact(Objective objective, ObjectiveProgress standing, int linkedKpis) {
        Cycle cycle = standing.cycle();
        boolean done = objective.issue().isDone();
        boolean cycleOver = cycle.isOverOn(asOf);
        String title = objective.issue().summary();
        boolean titleHasNumber = MetricParser.parse(title).isMeasurable() && title.chars().anyMatch(Character::isDigit);
        Optional<LocalDate> completion = completionDate(standing.keyResults());
        KeyResultStanding leastConfident = leastConfident(standing.keyResults());
        return new ObjectiveFact(
                objective.key(), title, objective.issue().projectKey(),
                !done && !cycleOver, done, objective.issue().owner().isPresent(),
                Wording.wordCount(title), titleHasNumber,
                cycle.label(), cycle.end(), cycleOver,
                objective.keyResultCount(), keyResultKeys(objective), linkedKpis,
                standing.progress(), standing.expected(), standing.health().key(), standing.health().isBehind(),
                completion.isPresent(), completion.map(cycle::elapsedShare).orElse(0.0), completion.orElse(null),
                objective.kind().key(), objective.topLevel(), (int) objective.parentKeys().stream().distinct().count(),
                Wording.activityVerb(title), leastConfident != null,
                leastConfident == null ? 0 : latestConfidence(leastConfident.checkIns()).getAsInt(),
                leastConfident == null ? "" : leastConfident.key());
    }

    /** The first of the key results not done whose latest check-in gives the lowest confidence; null when none gives one. */
    private static KeyResultStanding leastConfident(List<KeyResultStanding> keyResults) {
        KeyResultStanding least = null;
        int lowest = Integer.MAX_VALUE;
        for (KeyResultStanding keyResult : keyResults) {
            OptionalInt confidence = latestConfidence(keyResult.checkIns());
            if (!keyResult.keyResult().issue().isDone() && confidence.isPresent() && confidence.getAsInt() < lowest) {
                least = keyResult;
                lowest = confidence.getAsInt();
            }
        }
        return least;
    }

    /** The confidence the latest of {@code checkIns} gives, if it gives one. */
    private static OptionalInt latestConfidence(List<CheckIn> checkIns) {
        return checkIns.isEmpty() ? OptionalInt.empty() : checkIns.get(checkIns.size() - 1).confidence();
    }

    /** The active key results one owner has in one cycle, and the newest of them. */
    private static final class OwnerLoad {
        private static final Comparator<KeyResult> NEWEST_LAST = Comparator
                .comparing((KeyResult keyResult) -> keyResult.issue().created()).thenComparing(KeyResult::key, IssueKeys.ORDER);

        private int count;
        private KeyResult newest;

        void add(KeyResult keyResult) {
            count++;
            newest = newest == null || NEWEST_LAST.compare(keyResult, newest) > 0 ? keyResult : newest;
        }
    }

    private static String keyResultKeys(Objective objective) {
        StringJoiner keys = new StringJoiner(", ");
        for (KeyResult keyResult : objective.keyResults()) {
            keys.add(keyResult.key());
        }
        return keys.toString();
    }

    /** The day the last key result reached 100 %, when every one has (by the as-of date). */
    private Optional<LocalDate> completionDate(List<KeyResultStanding> keyResults) {
        if (keyResults.isEmpty()) {
            return Optional.empty();
        }
        LocalDate last = LocalDate.MIN;
        for (KeyResultStanding keyResult : keyResults) {
            Optional<LocalDate> reached = reachedFullOn(keyResult);
            if (reached.isEmpty()) {
                return Optional.empty();
            }
            last = reached.get().isAfter(last) ? reached.get() : last;
        }
        return Optional.of(last);
    }

    /** The first check-in whose value meets the target, or else the resolution of a done key result. */
    private Optional<LocalDate> reachedFullOn(KeyResultStanding standing) {
        Optional<Metric> metric = standing.metric();
        if (metric.isPresent() && metric.get().baseline().isPresent() && metric.get().target().isPresent()) {
            double baseline = metric.get().baseline().getAsDouble();
            double target = metric.get().target().getAsDouble();
            for (CheckIn checkIn : standing.checkIns()) {
                if (checkIn.value().isPresent()
                        && ProgressCalculator.metricProgress(baseline, target, checkIn.value().getAsDouble()).orElse(0) >= 1.0) {
                    return Optional.of(checkIn.date());
                }
            }
            return Optional.empty();
        }
        return Optional.of(standing.keyResult().issue())
                .filter(Issue::isDone)
                .flatMap(Issue::resolved)
                .filter(day -> !day.isAfter(asOf));
    }

    private void addKeyResultFacts(String objectiveKey, ObjectiveFact objectiveFact, ObjectiveProgress standing,
            Consumer<Object> sink, Map<List<String>, OwnerLoad> ownerLoads) {
        List<KeyResult> active = new ArrayList<>();
        for (KeyResultStanding keyResult : standing.keyResults()) {
            boolean isActive = objectiveFact.active() && !keyResult.keyResult().issue().isDone();
            sink.accept(keyResultFact(keyResult, objectiveFact, standing, isActive));
            if (isActive) {
                active.add(keyResult.keyResult());
                keyResult.keyResult().issue().owner().ifPresent(owner -> ownerLoads
                        .computeIfAbsent(List.of(owner, objectiveFact.cycle()), group -> new OwnerLoad())
                        .add(keyResult.keyResult()));
            }
        }
        AlikeKeyResults.find(objectiveKey, active, duplicateSimilarity).forEach(sink);
    }

    private KeyResultFact keyResultFact(KeyResultStanding standing, ObjectiveFact objective, ObjectiveProgress objectiveStanding,
            boolean active) {
        KeyResult keyResult = standing.keyResult();
        String summary = keyResult.issue().summary();
        MetricText text = standing.text();
        Optional<Metric> metric = standing.metric();
        boolean hasTarget = metric.map(m -> m.target().isPresent()).orElse(false)
                && (keyResult.metric().isPresent() || text.kind() != MetricText.Kind.COUNT);
        boolean targetEqualsBaseline = metric.map(Metric::targetEqualsBaseline).orElse(false);
        boolean missingBaseline = hasTarget && metric.get().baseline().isEmpty() && text.kind() != MetricText.Kind.CHANGE;
        double baseline = orZero(metric, Metric::baseline);
        double target = orZero(metric, Metric::target);
        String unit = metric.map(Metric::unit).orElse("");

        List<CheckIn> checkIns = standing.checkIns();
        CheckIn latest = checkIns.isEmpty() ? null : checkIns.get(checkIns.size() - 1);
        OptionalInt confidence = latestConfidence(checkIns);
        List<CheckIn> beforeLatest = checkIns.isEmpty() ? checkIns : checkIns.subList(0, checkIns.size() - 1);
        OptionalInt previousConfidence = latestConfidence(beforeLatest);
        boolean bothConfidences = confidence.isPresent() && previousConfidence.isPresent();
        List<CheckIn> withValues = new ArrayList<>(checkIns.size());
        for (CheckIn checkIn : checkIns) {
            if (checkIn.value().isPresent()) {
                withValues.add(checkIn);
            }
        }
        OptionalDouble forecast = forecast(withValues, metric, objective.cycleEnd());

        LocalDate created = keyResult.issue().created();
        Optional<LocalDate> due = keyResult.issue().due();
        Cycle cycle = objectiveStanding.cycle();
        return new KeyResultFact(
                keyResult.key(), objective.key(), summary, active,
                keyResult.issue().owner().isPresent(), keyResult.metric().isPresent(), text.isMeasurable(), hasTarget,
                Wording.activityVerb(summary), String.join(", ", Wording.vagueWords(summary)),
                targetEqualsBaseline, baseline, target, unit,
                created, ChronoUnit.DAYS.between(created, asOf), cycle.elapsedShare(created),
                cycle.label(), cycle.end(), due.orElse(null), due.map(day -> day.isAfter(cycle.end())).orElse(false),
                checkIns.size(), latest == null ? null : latest.date(),
                latest == null ? 0 : ChronoUnit.DAYS.between(latest.date(), asOf),
                confidence.isPresent(), confidence.orElse(0),
                standing.progress(), objectiveStanding.expected(),
                forecast.isPresent(), forecast.orElse(0.0),
                withValues.size(), daysValueUnchanged(withValues),
                withValues.isEmpty() ? 0.0 : withValues.get(withValues.size() - 1).value().getAsDouble(),
                missingBaseline, metric.map(FactBuilder::isBinary).orElse(false), Wording.levelKeeping(summary),
                bothConfidences, previousConfidence.orElse(0),
                beforeLatest.isEmpty() ? null : beforeLatest.get(beforeLatest.size() - 1).date(),
                bothConfidences ? Math.max(0, previousConfidence.getAsInt() - confidence.getAsInt()) : 0,
                keyResult.work().count(), keyResult.work().done(), keyResult.work().doneShare(),
                ChronoUnit.DAYS.between(valueMovedOn(withValues).orElse(created), asOf));
    }

    /** A metric from 0 to 1, or from 0% to 100%: done or not done, a milestone rather than a measure. */
    private static boolean isBinary(Metric metric) {
        if (metric.baseline().isEmpty() || metric.target().isEmpty() || metric.baseline().getAsDouble() != 0) {
            return false;
        }
        double target = metric.target().getAsDouble();
        return metric.unit().equals("%") ? target == 100 : target == 1;
    }

    /** The first of the trailing check-ins that all carry the latest value: the day the value last moved. */
    private static Optional<LocalDate> valueMovedOn(List<CheckIn> withValues) {
        if (withValues.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(withValues.get(withValues.size() - 1 - trailingRepeats(withValues)).date());
    }

    /**
     * The least-squares trend of the check-in values projected to the cycle's last day, as progress
     * from the baseline (the first check-in value when the metric has none) to the target.
     */
    private static OptionalDouble forecast(List<CheckIn> withValues, Optional<Metric> metric, LocalDate cycleEnd) {
        if (withValues.size() < MIN_FORECAST_POINTS || metric.isEmpty() || metric.get().target().isEmpty()) {
            return OptionalDouble.empty();
        }
        LocalDate origin = withValues.get(0).date();
        int n = withValues.size();
        double sumX = 0;
        double sumY = 0;
        double sumXX = 0;
        double sumXY = 0;
        for (CheckIn checkIn : withValues) {
            double x = ChronoUnit.DAYS.between(origin, checkIn.date());
            double y = checkIn.value().getAsDouble();
            sumX += x;
            sumY += y;
            sumXX += x * x;
            sumXY += x * y;
        }
        double denominator = n * sumXX - sumX * sumX;
        if (denominator == 0) {
            return OptionalDouble.empty();
        }
        double slope = (n * sumXY - sumX * sumY) / denominator;
        double intercept = (sumY - slope * sumX) / n;
        double projected = intercept + slope * ChronoUnit.DAYS.between(origin, cycleEnd);
        double baseline = metric.get().baseline().orElse(withValues.get(0).value().getAsDouble());
        return ProgressCalculator.metricProgress(baseline, metric.get().target().getAsDouble(), projected);
    }

    /** Days between the first and last of the trailing check-ins that all carry the latest value. */
    private static long daysValueUnchanged(List<CheckIn> withValues) {
        if (withValues.size() < 2) {
            return 0;
        }
        CheckIn latest = withValues.get(withValues.size() - 1);
        LocalDate since = withValues.get(withValues.size() - 1 - trailingRepeats(withValues)).date();
        return ChronoUnit.DAYS.between(since, latest.date());
    }

    /** How many check-ins before the latest carry its value without a break (0 when only the latest does). */
    private static int trailingRepeats(List<CheckIn> withValues) {
        double value = withValues.get(withValues.size() - 1).value().getAsDouble();
        int repeats = 0;
        for (int i = withValues.size() - 2; i >= 0 && withValues.get(i).value().getAsDouble() == value; i--) {
            repeats++;
        }
        return repeats;
    }

    private KpiFact kpiFact(Kpi kpi, Map<String, ObjectiveFact> objectives) {
        List<String> linked = kpi.objectiveKeys().stream().distinct().toList();
        int activeLinked = (int) linked.stream()
                .map(objectives::get).filter(objective -> objective != null && objective.active()).count();
        Optional<KpiReading> reading = kpi.reading();
        boolean hasReading = reading.map(r -> r.current().isPresent() && r.threshold().isPresent()).orElse(false);
        Optional<LocalDate> updated = reading.flatMap(KpiReading::updated);
        return new KpiFact(
                kpi.key(), kpi.issue().summary(), String.join(", ", linked), activeLinked, hasReading,
                orZero(reading, KpiReading::current),
                orZero(reading, KpiReading::threshold),
                reading.map(r -> r.direction().key()).orElse(""),
                reading.map(KpiReading::unit).orElse(""),
                reading.map(KpiReading::isOffTarget).orElse(false),
                updated.isPresent(), updated.orElse(null),
                updated.map(day -> ChronoUnit.DAYS.between(day, asOf)).orElse(0L));
    }

    private void addAlignmentFacts(Portfolio portfolio, Map<String, ObjectiveFact> objectives, Consumer<Object> sink) {
        for (Objective child : portfolio.objectives()) {
            ObjectiveFact childFact = objectives.get(child.key());
            Cycle childCycle = calculator.cycle(child);
            for (String parentKey : child.parentKeys().stream().distinct().toList()) {
                portfolio.objective(parentKey).ifPresent(parent -> {
                    Cycle parentCycle = calculator.cycle(parent);
                    sink.accept(new AlignmentFact(child.key(), childFact.active(), parentKey, parent.issue().isDone(),
                            parentCycle.isBefore(childCycle), parentCycle.label()));
                });
            }
        }
    }

    private static void addProjectCycleFacts(Portfolio portfolio, Map<String, ObjectiveFact> objectives,
            Consumer<Object> sink) {
        Map<List<String>, List<Objective>> groups = new HashMap<>();
        for (Objective objective : portfolio.objectives()) {
            ObjectiveFact fact = objectives.get(objective.key());
            if (fact.active()) {
                groups.computeIfAbsent(List.of(fact.projectKey(), fact.cycle()), group -> new ArrayList<>()).add(objective);
            }
        }
        Comparator<Objective> newestLast = Comparator.comparing((Objective objective) -> objective.issue().created())
                .thenComparing(Objective::key, IssueKeys.ORDER);
        groups.forEach((group, members) -> sink.accept(new ProjectCycleFact(group.get(0), group.get(1), members.size(),
                members.stream().max(newestLast).orElseThrow().key())));
    }

    /** The value {@code field} reads from {@code holder}, or 0 when either is absent; nothing boxed. */
    private static <T> double orZero(Optional<T> holder, Function<T, OptionalDouble> field) {
        return holder.isPresent() ? field.apply(holder.get()).orElse(0.0) : 0.0;
    }
}
