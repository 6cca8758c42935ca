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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.SplittableRandom;

/**
 * Synthetic portfolios of any size with the shape of a real Jira: objectives with two to six key
 * results (five on average), a share with metrics and weekly check-in histories, one KPI for every
 * five objectives linked to the objectives it supports, three-level alignment chains (company,
 * department, team), and a few percent of dirty cases so that every shipped rule fires somewhere.
 *
 * <p>The same seed and size always give the same portfolio: every choice comes from one
 * {@link SplittableRandom} consumed in a fixed order. Judge it {@link #AS_OF}, late in 2026-Q2, so
 * that the schedule rules have something to say.
 */
public final class PortfolioGenerator {

    /** The seed the benchmarks and docs/performance.md use. */
    public static final long SEED = 20_260_610;
    /** 70 of the 91 days of 2026-Q2 are gone (expected progress 0.77). */
    public static final LocalDate AS_OF = LocalDate.of(2026, 6, 10);
    /** One KPI for every this many objectives: 10,000 objectives, 2,000 KPIs. */
    public static final int OBJECTIVES_PER_KPI = 5;
    /** Key results of a typical objective, weighted so that the mean is five. */
    private static final int[] KEY_RESULT_COUNTS = {2, 3, 4, 4, 5, 5, 5, 6, 6, 6, 6, 6, 6, 6};
    /** Objectives of one project: a team's two of Q1, five of Q2 and three of Q3. */
    private static final int OBJECTIVES_PER_PROJECT = 10;

    private static final LocalDate Q1_END = LocalDate.of(2026, 3, 31);
    private static final LocalDate Q2_START = LocalDate.of(2026, 4, 1);
    private static final LocalDate Q2_END = LocalDate.of(2026, 6, 30);
    private static final LocalDate Q3_END = LocalDate.of(2026, 9, 30);
    /** Teams plan a quarter in the last days before it starts; Q3 is being planned at {@link #AS_OF}. */
    private static final int PLANNING_DAYS = 12;

    private static final String[] AREAS = {
        "checkout", "search", "mobile", "billing", "partner", "analytics", "enterprise", "onboarding", "self-serve",
        "API", "support", "pricing", "marketplace", "reporting", "security", "data platform"};
    private static final String[] OWNERS = {"Ana Silva", "Ben Okafor", "Chen Wei", "Dana Levi", "Emil Novak", "Farah Aziz"};
    private static final String[] UNITS = {"%", "ms", "$", "", "days"};
    /**
     * Objectives take turns by issue number: a third committed, a third aspirational, a third neither; three in
     * four aligned to nothing are marked top-level.
     */
    private static final ObjectiveKind[] KINDS = ObjectiveKind.values();

    private final SplittableRandom random;
    private final Map<String, Integer> nextNumber = new HashMap<>();

    private PortfolioGenerator(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** A portfolio of {@code objectives} objectives and {@code objectives / 5} KPIs. */
    public static Portfolio portfolio(long seed, int objectives) {
        return new PortfolioGenerator(seed).portfolio(objectives);
    }

    /** One active, owned objective of 2026-Q2 with exactly {@code keyResults} key results. */
    public static Objective objective(long seed, int keyResults) {
        PortfolioGenerator generator = new PortfolioGenerator(seed);
        return generator.objective("PANEL", keyResults, Q2_END, List.of());
    }

    private Portfolio portfolio(int count) {
        List<Objective> objectives = new ArrayList<>(count);
        int companyLevel = Math.max(1, count / 100);
        int departmentLevel = Math.max(companyLevel + 1, count / 10);
        for (int i = 0; i < count; i++) {
            String project = projectKey(i / OBJECTIVES_PER_PROJECT);
            List<String> parents = parents(i, objectives, companyLevel, departmentLevel);
            objectives.add(objective(project, keyResultCount(), dueDate(i), parents));
        }
        closeLoops(objectives);
        List<Kpi> kpis = new ArrayList<>(count / OBJECTIVES_PER_KPI);
        for (int i = 0; i < count / OBJECTIVES_PER_KPI; i++) {
            kpis.add(kpi(projectKey(i * OBJECTIVES_PER_KPI / OBJECTIVES_PER_PROJECT), objectives));
        }
        return new Portfolio(objectives, kpis);
    }

    /** Team objectives align to a department's, departments to the company's; a few point outside or nowhere. */
    private List<String> parents(int index, List<Objective> earlier, int companyLevel, int departmentLevel) {
        if (index == 0 || chance(0.3)) {
            return List.of();
        }
        if (chance(0.02)) {
            return List.of("CO-" + (1 + random.nextInt(9)));
        }
        int upper = index < departmentLevel ? Math.min(index, companyLevel) : departmentLevel;
        int lower = index < departmentLevel ? 0 : companyLevel;
        return List.of(earlier.get(lower + random.nextInt(upper - lower)).key());
    }

    /** Makes a few objectives in a thousand align back to one of its own children: an alignment loop. */
    private void closeLoops(List<Objective> objectives) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < objectives.size(); i++) {
            index.put(objectives.get(i).key(), i);
        }
        for (int i = 0; i < objectives.size(); i++) {
            Objective child = objectives.get(i);
            if (child.parentKeys().isEmpty() || !index.containsKey(child.parentKeys().get(0)) || !chance(0.003)) {
                continue;
            }
            int parentIndex = index.get(child.parentKeys().get(0));
            Objective parent = objectives.get(parentIndex);
            List<String> parentParents = new ArrayList<>(parent.parentKeys());
            parentParents.add(child.key());
            objectives.set(parentIndex, new Objective(parent.issue(), parent.keyResults(), parentParents, parent.kind(),
                    parent.topLevel()));
        }
    }

    private int keyResultCount() {
        double dice = random.nextDouble();
        if (dice < 0.01) {
            return 0;
        }
        if (dice < 0.03) {
            return 1;
        }
        if (dice < 0.05) {
            return 7 + random.nextInt(3);
        }
        return KEY_RESULT_COUNTS[random.nextInt(KEY_RESULT_COUNTS.length)];
    }

    /** Half the objectives belong to 2026-Q2; the rest to Q1 (over) and Q3 (not started), a few moved into Q2. */
    private LocalDate dueDate(int index) {
        int slot = index % OBJECTIVES_PER_PROJECT;
        if (slot < 2) {
            return Q1_END;
        }
        return slot < 7 || chance(0.05) ? Q2_END : Q3_END;
    }

    private Objective objective(String project, int keyResultCount, LocalDate due, List<String> parents) {
        boolean pastCycle = due.equals(Q1_END);
        boolean closed = pastCycle ? chance(0.8) : chance(0.02);
        int number = nextNumber.merge(project, 0, Integer::sum) + 1;
        Issue issue = new Issue(nextKey(project), objectiveTitle(), project, owner(0.05),
                closed ? StatusCategory.DONE : StatusCategory.IN_PROGRESS, planned(due),
                Optional.of(due), closed ? Optional.of(due.minusDays(2)) : Optional.empty());
        Pace pace = pastCycle ? Pace.STEADY : pace();
        List<KeyResult> keyResults = new ArrayList<>(keyResultCount);
        for (int i = 0; i < keyResultCount; i++) {
            String previous = i == 0 ? null : keyResults.get(i - 1).issue().summary();
            keyResults.add(keyResult(project, due, closed, pace, previous));
        }
        return new Objective(issue, keyResults, parents, KINDS[number % KINDS.length],
                parents.isEmpty() && number % 4 != 1);
    }

    private String objectiveTitle() {
        String area = pick(AREAS);
        double dice = random.nextDouble();
        if (dice < 0.03) {
            return "Make the " + area + " experience so simple, fast and reliable that customers recommend it "
                    + "to every colleague they work with";
        }
        if (dice < 0.06) {
            return "Grow " + area + " revenue by " + (10 + random.nextInt(30)) + "%";
        }
        if (dice < 0.08) {
            return "Launch the " + area + " partner programme";
        }
        String[] titles = {"Delight first-time " + area + " customers", "Make " + area + " the fastest in the market",
            "Win the " + area + " segment", "Earn the trust of " + area + " teams"};
        return pick(titles);
    }

    private Pace pace() {
        double dice = random.nextDouble();
        if (dice < 0.01) {
            return Pace.SANDBAGGED;
        }
        return dice < 0.02 ? Pace.STALLED : Pace.STEADY;
    }

    private KeyResult keyResult(String project, LocalDate due, boolean objectiveClosed, Pace pace,
            String previousSummary) {
        LocalDate cycleStart = cycleStart(due);
        double baseline = 10 + random.nextInt(60);
        double target = baseline + 5 + random.nextInt(40);
        String unit = pick(UNITS);
        String summary = previousSummary != null && chance(0.01)
                ? previousSummary : keyResultSummary(baseline, target, unit);
        boolean withProperty = chance(0.4) || pace == Pace.SANDBAGGED;
        Optional<Metric> metric = Optional.empty();
        if (withProperty) {
            double propertyTarget = chance(0.01) ? baseline : target;
            metric = Optional.of(new Metric(OptionalDouble.of(baseline), OptionalDouble.of(propertyTarget),
                    OptionalDouble.empty(), unit));
        }
        List<CheckIn> checkIns = switch (pace) {
            case SANDBAGGED -> List.of(checkIn(cycleStart.plusDays(20), target, 9));
            case STALLED -> List.of();
            case STEADY -> checkIns(cycleStart, due, baseline, target);
        };
        LocalDate created = chance(0.04) ? cycleStart.plusDays(60) : planned(due);
        StatusCategory status = objectiveClosed || (pace == Pace.STEADY && chance(0.1)) ? StatusCategory.DONE
                : pace == Pace.STALLED || chance(0.15) ? StatusCategory.NEW : StatusCategory.IN_PROGRESS;
        LocalDate keyResultDue = chance(0.03) ? due.plusDays(30) : due;
        Issue issue = new Issue(nextKey(project), summary, project, owner(0.08), status, created,
                Optional.of(keyResultDue), status == StatusCategory.DONE ? Optional.of(due.minusDays(5)) : Optional.empty());
        return new KeyResult(issue, metric, KeyResult.DEFAULT_WEIGHT, checkIns, work(issue.key()));
    }

    /**
     * Up to five sub-tasks and linked issues, every one done for one key result in seven: taken from the
     * key's number, not the random stream, so the rest of the portfolio is as it was before work was counted.
     */
    private static Work work(String key) {
        int number = Integer.parseInt(key.substring(key.lastIndexOf('-') + 1));
        int count = number % 6;
        return new Work(count, number % 7 == 0 ? count : count / 2, 0);
    }

    private String keyResultSummary(double baseline, double target, String unit) {
        String area = pick(AREAS);
        int from = (int) baseline;
        int to = (int) target;
        double dice = random.nextDouble();
        if (dice < 0.04) {
            return "Launch the new " + area + " dashboard";
        }
        if (dice < 0.07) {
            return "Improve " + area + " onboarding";
        }
        if (dice < 0.09) {
            return "Make " + area + " delightful for power users";
        }
        if (dice < 0.11) {
            return "Hold " + (5 + random.nextInt(20)) + " interviews with " + area + " customers";
        }
        if (dice < 0.12) {
            return "Move " + area + " single sign-on from 0% to 100%";
        }
        String[] measurable = {
            "Raise " + area + " activation from " + from + unit + " to " + to + unit,
            "Grow weekly active " + area + " users from " + from + "k to " + to + "k",
            "Cut " + area + " p95 response time from " + (to * 10) + " to " + (from * 10) + " ms",
            "Reach " + (to * 10) + " paying " + area + " customers",
            "Keep " + area + " uptime at least 99." + (from % 10) + "%",
            "Bring " + area + " churn below " + (from / 10 + 1) + "%",
            "Lift " + area + " NPS from " + from + " to " + to,
            "Reduce " + area + " support tickets by " + (from / 2 + 5) + "%"};
        return pick(measurable);
    }

    /**
     * Weekly check-ins for most key results, walking from baseline toward target at a pace of its own,
     * stopping some weeks before the as-of date; some end flat, some with low confidence.
     */
    private List<CheckIn> checkIns(LocalDate cycleStart, LocalDate due, double baseline, double target) {
        if (chance(0.25)) {
            return List.of();
        }
        double pace = 0.3 + random.nextDouble();
        int weeks = 1 + random.nextInt(12);
        boolean flat = chance(0.1);
        List<CheckIn> checkIns = new ArrayList<>(weeks);
        double value = baseline;
        for (int week = 0; week < weeks; week++) {
            LocalDate date = cycleStart.plusWeeks(week).plusDays(3);
            if (date.isAfter(AS_OF) || date.isAfter(due)) {
                break;
            }
            if (!flat || week < weeks / 2) {
                value = Math.round(baseline + (target - baseline) * pace * week / 13.0 + random.nextInt(3) - 1);
            }
            int confidence = chance(0.05) ? random.nextInt(4) : 4 + random.nextInt(6);
            checkIns.add(checkIn(date, value, confidence));
        }
        return checkIns;
    }

    private Kpi kpi(String project, List<Objective> objectives) {
        List<String> supported = new ArrayList<>();
        if (!chance(0.08)) {
            int links = 1 + random.nextInt(3);
            for (int i = 0; i < links; i++) {
                supported.add(objectives.get(random.nextInt(objectives.size())).key());
            }
        }
        double threshold = 50 + random.nextInt(40);
        double current = threshold + random.nextInt(20) - (chance(0.2) ? 25 : 0);
        LocalDate updated = AS_OF.minusDays(chance(0.1) ? 40 + random.nextInt(60) : random.nextInt(20));
        Optional<KpiReading> reading = chance(0.1) ? Optional.empty() : Optional.of(new KpiReading(
                OptionalDouble.of(current), OptionalDouble.of(threshold), KpiDirection.HIGHER_IS_BETTER, "%",
                Optional.of(updated)));
        Issue issue = new Issue(nextKey(project), pick(AREAS) + " conversion rate", project, owner(0.1),
                StatusCategory.IN_PROGRESS, planned(Q1_END).minusMonths(3), Optional.empty(), Optional.empty());
        return new Kpi(issue, reading, supported);
    }

    /** The day the objectives of the quarter ending on {@code due}, and their key results, were written. */
    private static LocalDate planned(LocalDate due) {
        LocalDate start = cycleStart(due);
        return start.minusDays(PLANNING_DAYS).isAfter(AS_OF) ? AS_OF.minusDays(2) : start.minusDays(PLANNING_DAYS);
    }

    private static LocalDate cycleStart(LocalDate due) {
        return due.plusDays(1).minusMonths(3);
    }

    private static CheckIn checkIn(LocalDate date, double value, int confidence) {
        return new CheckIn(date.atTime(9, 30), "Ana Silva", OptionalDouble.of(value), OptionalInt.of(confidence), "");
    }

    private Optional<String> owner(double unassignedShare) {
        return chance(unassignedShare) ? Optional.empty() : Optional.of(pick(OWNERS));
    }

    /** Project keys AA, AB, … ZZ, AAA, …: a fresh one for every project of objectives. */
    private static String projectKey(int index) {
        StringBuilder key = new StringBuilder();
        int rest = index + 26;
        do {
            key.insert(0, (char) ('A' + rest % 26));
            rest = rest / 26 - 1;
        } while (rest >= 0);
        return key.toString();
    }

    private String nextKey(String project) {
        return project + "-" + nextNumber.merge(project, 1, Integer::sum);
    }

    private boolean chance(double share) {
        return random.nextDouble() < share;
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    /** How an objective's key results move: steadily, all met in the first weeks, or not at all. */
    private enum Pace {
        STEADY, SANDBAGGED, STALLED
    }
}
