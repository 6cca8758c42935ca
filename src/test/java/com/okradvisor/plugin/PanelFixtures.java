package com.okradvisor.plugin;

import static com.okradvisor.testing.Okr.checkIn;
import static com.okradvisor.testing.Okr.day;
import static com.okradvisor.testing.Okr.keyResult;
import static com.okradvisor.testing.Okr.kpi;
import static com.okradvisor.testing.Okr.objective;

import com.okradvisor.jira.view.KeyResultPanelModel;
import com.okradvisor.jira.view.LeftOut;
import com.okradvisor.jira.view.ObjectivePanelModel;
import com.okradvisor.jira.view.ProblemRow;
import com.okradvisor.model.CheckIn;
import com.okradvisor.model.Finding;
import com.okradvisor.model.KpiDirection;
import com.okradvisor.model.Metric;
import com.okradvisor.model.Objective;
import com.okradvisor.model.Severity;
import com.okradvisor.progress.ProgressCalculator;
import com.okradvisor.progress.ProgressSettings;
import com.okradvisor.testing.Okr;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/** Panel view models built from real model values whose issue text is hostile HTML. */
final class PanelFixtures {

    static final String HOSTILE = "<script>alert('okr')</script>";
    /** One unbroken word longer than Jira's issue sidebar is wide, as a pasted link often is. */
    static final String LONG_WORD = "https://wiki.example.com/marketing/campaigns/2026-q2/mid-market-sign-up-experiment-results";
    static final LocalDate AS_OF = Okr.AS_OF;
    private static final ProgressCalculator CALCULATOR = new ProgressCalculator(ProgressSettings.DEFAULTS);

    private PanelFixtures() {
    }

    static Objective objectiveWithHostileText() {
        return objective("GRO-1").summary("Win the mid-market " + HOSTILE).keyResults(
                keyResult("GRO-11").summary("Raise weekly sign-ups from 30 to 45 " + HOSTILE)
                        .metric(Metric.of(30, 45, 30, "%"))
                        .checkIns(checkIn(day("2026-04-20"), 34, 6),
                                new CheckIn(day("2026-05-12").atStartOfDay(), HOSTILE, OptionalDouble.of(38),
                                        OptionalInt.of(7), "Campaign " + HOSTILE + " " + LONG_WORD)),
                keyResult("GRO-12").summary("Cut time to first value from 10 to 4 minutes").unassigned())
                .build();
    }

    static List<Finding> hostileFindings() {
        return List.of(
                new Finding("kr-activity", Severity.MAJOR, "GRO-11", "GRO-11 reads like a task: " + HOSTILE,
                        "Rewrite it as the outcome the task should bring."),
                new Finding("kr-no-owner", Severity.MINOR, "GRO-12", "GRO-12 has no owner.", "Assign it."));
    }

    static ObjectivePanelModel objectivePanel() {
        Objective objective = objectiveWithHostileText();
        return ObjectivePanelModel.of(objective, CALCULATOR.assess(objective, AS_OF),
                List.of(kpi("GRO-90").summary("Monthly churn " + HOSTILE)
                        .reading(3.1, 2.5, KpiDirection.LOWER_IS_BETTER, day("2026-05-10")).supports("GRO-1").build()),
                new LeftOut(2, 3, 1), hostileFindings(), List.of(new ProblemRow("GRO-12", "okr.metric: not valid JSON " + HOSTILE)));
    }

    static KeyResultPanelModel keyResultPanel() {
        Objective objective = objectiveWithHostileText();
        return KeyResultPanelModel.of(objective, CALCULATOR.standing(objective.keyResults().get(0), AS_OF), hostileFindings(),
                List.of());
    }
}
