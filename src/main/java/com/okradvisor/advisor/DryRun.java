package com.okradvisor.advisor;

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
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * The small synthetic portfolio every custom rule file is judged on, with the bounds of every
 * evaluation, before an advisor with it is given out: a file whose rule throws or overruns here is
 * refused. It holds the shapes a rule meets in Jira, the awkward ones included: an empty and a long
 * summary, a key result with no metric, check-ins without a value or a confidence, missing due and
 * check-in dates (null in the facts), a done objective, an alignment loop, a parent outside the
 * portfolio, a KPI with no reading and one linked to nothing.
 */
final class DryRun {

    /** The day the dry run judges as of: mid-quarter, so facts hold both past and future dates. */
    static final LocalDate AS_OF = LocalDate.of(2026, 5, 15);

    private DryRun() {
    }

    static Portfolio portfolio() {
        LocalDate created = LocalDate.of(2026, 4, 2);
        KeyResult measured = new KeyResult(issue("DRY-11", "Raise weekly sign-ups from 30 to 45", StatusCategory.IN_PROGRESS,
                created, Optional.of(LocalDate.of(2026, 6, 30))),
                Optional.of(new Metric(OptionalDouble.of(30), OptionalDouble.of(45), OptionalDouble.of(36), "")), 1,
                List.of(checkIn(LocalDate.of(2026, 4, 10), 31, 6), checkIn(LocalDate.of(2026, 4, 24), 33, 7),
                        checkIn(LocalDate.of(2026, 5, 8), 36, 8)), new Work(5, 5, 1));
        KeyResult vague = new KeyResult(issue("DRY-12", "Improve onboarding", StatusCategory.NEW, created, Optional.empty()),
                Optional.empty(), 1, List.of(), Work.NONE);
        KeyResult done = new KeyResult(new Issue("DRY-13", "Cut churn below 2%", "DRY", Optional.of("Ana Silva"),
                StatusCategory.DONE, created, Optional.empty(), Optional.of(LocalDate.of(2026, 5, 1))),
                Optional.empty(), 0, List.of(), new Work(2, 0, 0));
        KeyResult blank = new KeyResult(issue("DRY-21", "x".repeat(255), StatusCategory.IN_PROGRESS, LocalDate.of(2026, 5, 14),
                Optional.of(LocalDate.of(2026, 9, 30))), Optional.empty(), 1,
                List.of(new CheckIn(LocalDate.of(2026, 5, 14).atStartOfDay(), "", OptionalDouble.empty(), OptionalInt.empty(), "")), Work.NONE);
        Objective active = new Objective(issue("DRY-1", "Win the mid-market", StatusCategory.IN_PROGRESS, created,
                Optional.of(LocalDate.of(2026, 6, 30))), List.of(measured, vague, done), List.of("DRY-2"),
                ObjectiveKind.COMMITTED, false);
        Objective finished = new Objective(new Issue("DRY-2", "Launch the partner portal", "DRY", Optional.empty(),
                StatusCategory.DONE, LocalDate.of(2026, 1, 5), Optional.empty(), Optional.of(LocalDate.of(2026, 3, 20))),
                List.of(), List.of("DRY-1"), ObjectiveKind.ASPIRATIONAL, true);
        Objective untitled = new Objective(issue("DRY-3", "", StatusCategory.NEW, LocalDate.of(2026, 5, 14), Optional.empty()),
                List.of(blank), List.of("OUT-9", "DRY-3"), ObjectiveKind.UNKNOWN, false);
        KpiReading offTarget = new KpiReading(OptionalDouble.of(4.5), OptionalDouble.of(3), KpiDirection.LOWER_IS_BETTER, "%",
                Optional.of(LocalDate.of(2026, 3, 1)));
        return new Portfolio(List.of(active, finished, untitled), List.of(
                new Kpi(issue("DRY-90", "Monthly churn", StatusCategory.IN_PROGRESS, created, Optional.empty()),
                        Optional.of(offTarget), List.of("DRY-1", "DRY-3")),
                new Kpi(issue("DRY-91", "Net promoter score", StatusCategory.NEW, created, Optional.empty()),
                        Optional.empty(), List.of())));
    }

    private static Issue issue(String key, String summary, StatusCategory status, LocalDate created, Optional<LocalDate> due) {
        return new Issue(key, summary, "DRY", Optional.of("Ana Silva"), status, created, due, Optional.empty());
    }

    private static CheckIn checkIn(LocalDate date, double value, int confidence) {
        return new CheckIn(date.atStartOfDay(), "Ana Silva", OptionalDouble.of(value), OptionalInt.of(confidence), "");
    }
}
