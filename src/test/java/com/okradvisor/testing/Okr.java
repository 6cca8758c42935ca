package com.okradvisor.testing;

import com.okradvisor.model.CheckIn;
import com.okradvisor.model.Issue;
import com.okradvisor.model.KeyResult;
import com.okradvisor.model.Kpi;
import com.okradvisor.model.KpiDirection;
import com.okradvisor.model.KpiReading;
import com.okradvisor.model.Metric;
import com.okradvisor.model.Objective;
import com.okradvisor.model.ObjectiveKind;
import com.okradvisor.model.Portfolio;
import com.okradvisor.model.StatusCategory;
import com.okradvisor.model.Work;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Small builders for real model values. Their defaults make a healthy OKR that fires no rule at
 * {@link #AS_OF}: tests change only what their case is about.
 */
public final class Okr {

    /** Mid-May 2026: 44 of the 91 days of 2026-Q2 are gone (expected progress 0.48). */
    public static final LocalDate AS_OF = LocalDate.of(2026, 5, 15);
    public static final LocalDate CYCLE_START = LocalDate.of(2026, 4, 1);
    public static final LocalDate CYCLE_END = LocalDate.of(2026, 6, 30);

    private Okr() {
    }

    public static ObjectiveBuilder objective(String key) {
        return new ObjectiveBuilder(key);
    }

    public static KeyResultBuilder keyResult(String key) {
        return new KeyResultBuilder(key);
    }

    public static KpiBuilder kpi(String key) {
        return new KpiBuilder(key);
    }

    public static CheckIn checkIn(LocalDate date, double value, int confidence) {
        return new CheckIn(date.atStartOfDay(), "Ana Silva", OptionalDouble.of(value), OptionalInt.of(confidence), "");
    }

    public static CheckIn checkIn(LocalDate date, int confidence) {
        return new CheckIn(date.atStartOfDay(), "Ana Silva", OptionalDouble.empty(), OptionalInt.of(confidence), "");
    }

    /**
     * A key result measured from 0% to 100% whose one check-in, on 8 May with confidence 7, puts it
     * at {@code percent}: its progress is {@code percent / 100}.
     */
    public static KeyResultBuilder keyResultAt(String key, double percent) {
        return keyResult(key).summary("Raise feature adoption from 0% to 100%")
                .checkIns(checkIn(LocalDate.of(2026, 5, 8), percent, 7));
    }

    /** An objective with two key results, both at {@code percent} (see {@link #keyResultAt}). */
    public static ObjectiveBuilder objectiveAt(String key, double percent) {
        String project = key.substring(0, key.indexOf('-'));
        return objective(key).keyResults(keyResultAt(project + "-101", percent), keyResultAt(project + "-102", percent));
    }

    public static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    /** A healthy objective {@code key} with two healthy key results and a KPI linked to it. */
    public static Portfolio healthy(String key) {
        String project = key.substring(0, key.indexOf('-'));
        return portfolio(List.of(healthyObjective(key)), List.of(kpi(project + "-90").supports(key)));
    }

    public static ObjectiveBuilder healthyObjective(String key) {
        String project = key.substring(0, key.indexOf('-'));
        return objective(key).keyResults(keyResult(project + "-101"), keyResult(project + "-102")
                .summary("Cut time to first value from 10 to 4 minutes")
                .checkIns(checkIn(day("2026-04-20"), 9, 6), checkIn(day("2026-05-12"), 7, 7)));
    }

    public static Portfolio portfolio(List<ObjectiveBuilder> objectives, List<KpiBuilder> kpis) {
        return new Portfolio(objectives.stream().map(ObjectiveBuilder::build).toList(),
                kpis.stream().map(KpiBuilder::build).toList());
    }

    public static Portfolio portfolio(ObjectiveBuilder... objectives) {
        return portfolio(Arrays.asList(objectives), List.of());
    }

    /** A portfolio of one objective, {@code GRO-1}, holding these key results: for cases about key results. */
    public static Portfolio portfolioOf(KeyResultBuilder... keyResults) {
        return portfolio(objective("GRO-1").keyResults(keyResults));
    }

    /** Fields every item has; defaults: owned, in progress, created before the cycle, due at its end. */
    public abstract static class IssueBuilder<B extends IssueBuilder<B>> {
        final String key;
        String summary;
        String owner = "Ana Silva";
        StatusCategory status = StatusCategory.IN_PROGRESS;
        LocalDate created = LocalDate.of(2026, 3, 25);
        LocalDate due = CYCLE_END;
        LocalDate resolved;

        IssueBuilder(String key, String summary) {
            this.key = key;
            this.summary = summary;
        }

        abstract B self();

        public B summary(String text) {
            this.summary = text;
            return self();
        }

        public B owner(String name) {
            this.owner = name;
            return self();
        }

        public B unassigned() {
            return owner(null);
        }

        public B status(StatusCategory category) {
            this.status = category;
            return self();
        }

        public B done(LocalDate on) {
            this.status = StatusCategory.DONE;
            this.resolved = on;
            return self();
        }

        public B created(LocalDate day) {
            this.created = day;
            return self();
        }

        public B due(LocalDate day) {
            this.due = day;
            return self();
        }

        Issue issue() {
            return new Issue(key, summary, key.substring(0, key.indexOf('-')), Optional.ofNullable(owner), status,
                    created, Optional.ofNullable(due), Optional.ofNullable(resolved));
        }
    }

    public static final class ObjectiveBuilder extends IssueBuilder<ObjectiveBuilder> {
        private final List<KeyResultBuilder> keyResults = new ArrayList<>();
        private final List<String> parents = new ArrayList<>();
        private ObjectiveKind kind = ObjectiveKind.UNKNOWN;
        private boolean topLevel = true;

        ObjectiveBuilder(String key) {
            super(key, "Delight first-time customers");
        }

        @Override
        ObjectiveBuilder self() {
            return this;
        }

        public ObjectiveBuilder keyResults(KeyResultBuilder... builders) {
            keyResults.addAll(Arrays.asList(builders));
            return this;
        }

        public ObjectiveBuilder alignedTo(String... parentKeys) {
            parents.addAll(Arrays.asList(parentKeys));
            return this;
        }

        public ObjectiveBuilder kind(ObjectiveKind value) {
            this.kind = value;
            return this;
        }

        /** Not marked top-level: by default an objective is, so that one aligned to nothing is healthy. */
        public ObjectiveBuilder notTopLevel() {
            this.topLevel = false;
            return this;
        }

        public Objective build() {
            return new Objective(issue(), keyResults.stream().map(KeyResultBuilder::build).toList(), parents, kind,
                    topLevel);
        }
    }

    public static final class KeyResultBuilder extends IssueBuilder<KeyResultBuilder> {
        private Metric metric;
        private double weight = KeyResult.DEFAULT_WEIGHT;
        private Work work = Work.NONE;
        private List<CheckIn> checkIns = List.of(
                checkIn(LocalDate.of(2026, 4, 10), 32, 6), checkIn(LocalDate.of(2026, 5, 8), 38, 7));

        KeyResultBuilder(String key) {
            super(key, "Raise week-1 activation from 30% to 45%");
        }

        @Override
        KeyResultBuilder self() {
            return this;
        }

        public KeyResultBuilder metric(Metric value) {
            this.metric = value;
            return this;
        }

        public KeyResultBuilder weight(double value) {
            this.weight = value;
            return this;
        }

        public KeyResultBuilder checkIns(CheckIn... values) {
            this.checkIns = List.of(values);
            return this;
        }

        /** Its work: sub-tasks and linked issues. */
        public KeyResultBuilder work(Work value) {
            this.work = value;
            return this;
        }

        public KeyResult build() {
            return new KeyResult(issue(), Optional.ofNullable(metric), weight, checkIns, work);
        }
    }

    public static final class KpiBuilder extends IssueBuilder<KpiBuilder> {
        private KpiReading reading = new KpiReading(OptionalDouble.of(92), OptionalDouble.of(90),
                KpiDirection.HIGHER_IS_BETTER, "%", Optional.of(LocalDate.of(2026, 5, 1)));
        private final List<String> objectives = new ArrayList<>();

        KpiBuilder(String key) {
            super(key, "Trial-to-paid conversion");
            due(null);
        }

        @Override
        KpiBuilder self() {
            return this;
        }

        public KpiBuilder supports(String... objectiveKeys) {
            objectives.addAll(Arrays.asList(objectiveKeys));
            return this;
        }

        public KpiBuilder reading(double current, double threshold, KpiDirection direction, LocalDate updated) {
            this.reading = new KpiReading(OptionalDouble.of(current), OptionalDouble.of(threshold), direction, "%",
                    Optional.ofNullable(updated));
            return this;
        }

        public KpiBuilder noReading() {
            this.reading = null;
            return this;
        }

        public Kpi build() {
            return new Kpi(issue(), Optional.ofNullable(reading), objectives);
        }
    }
}
