package com.okradvisor.plugin;

import static com.okradvisor.testing.Okr.checkIn;
import static com.okradvisor.testing.Okr.day;
import static com.okradvisor.testing.Okr.keyResult;
import static com.okradvisor.testing.Okr.keyResultAt;
import static com.okradvisor.testing.Okr.kpi;
import static com.okradvisor.testing.Okr.objective;

import com.okradvisor.advisor.Advisor;
import com.okradvisor.advisor.AdvisorSettings;
import com.okradvisor.advisor.Assessment;
import com.okradvisor.advisor.Parameter;
import com.okradvisor.advisor.RuleEntry;
import com.okradvisor.advisor.RuleIncident;
import com.okradvisor.advisor.RuleProblem;
import com.okradvisor.jira.OkrProjectServlet;
import com.okradvisor.jira.view.AdminField;
import com.okradvisor.jira.view.AdminPageModel;
import com.okradvisor.jira.view.KeyResultPanelModel;
import com.okradvisor.jira.view.LeftOut;
import com.okradvisor.jira.view.ObjectivePanelModel;
import com.okradvisor.jira.view.ProblemRow;
import com.okradvisor.jira.view.ProjectPageModel;
import com.okradvisor.jira.view.RuleIncidentRow;
import com.okradvisor.jira.view.RuleProblemRow;
import com.okradvisor.jira.view.RuleSwitch;
import com.okradvisor.jira.view.ThresholdRow;
import com.okradvisor.model.CheckIn;
import com.okradvisor.model.Finding;
import com.okradvisor.model.KpiDirection;
import com.okradvisor.model.Metric;
import com.okradvisor.model.Objective;
import com.okradvisor.model.ObjectiveKind;
import com.okradvisor.model.Portfolio;
import com.okradvisor.model.Severity;
import com.okradvisor.model.Work;
import com.okradvisor.progress.ProgressCalculator;
import com.okradvisor.progress.ProgressSettings;
import com.okradvisor.testing.Okr;
import com.okradvisor.view.HiddenAlignment;
import com.okradvisor.view.ProjectView;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.stream.IntStream;

/** Panel view models built from real model values whose issue text is hostile HTML. */
final class PanelFixtures {

    static final String HOSTILE = "<script>alert('okr')</script>";
    static final String ADMIN = "templates/admin/admin.vm";
    /** A custom rule file stored before names were restricted, whose name must show and round-trip as it is. */
    static final String AMPERSAND_FILE = "a&b.drl";
    private static final Parameter STALE_AFTER_DAYS = Parameter.fromKey("staleAfterDays").orElseThrow();
    /** One unbroken word longer than Jira's issue sidebar is wide, as a pasted link often is. */
    static final String LONG_WORD = "https://wiki.example.com/marketing/campaigns/2026-q2/mid-market-sign-up-experiment-results";
    static final LocalDate AS_OF = Okr.AS_OF;
    private static final ProgressCalculator CALCULATOR = new ProgressCalculator(ProgressSettings.DEFAULTS);

    private static final Advisor ADVISOR = Advisor.load(PanelFixtures.class.getClassLoader());

    private PanelFixtures() {
    }

    /**
     * The project page of GRO in {@code cycle}, judged by the shipped rules plus a finding quoting
     * hostile text: GRO-1 (committed, at 40%, its title markup, a script, a bell and a bidi override;
     * aligned to CO-1 and to two objectives the viewer may not browse, one hidden child) and GRO-3
     * (aligned to GRO-1) in 2026-Q2, GRO-7 in 2026-Q3; three of GRO's objectives are hidden.
     */
    static ProjectPageModel projectPage(String cycle) {
        Portfolio portfolio = Okr.portfolio(
                objective("GRO-1").summary("Grow <b>revenue</b> " + HOSTILE + " \u0007\u202Eevil").kind(ObjectiveKind.COMMITTED)
                        .alignedTo("CO-1").keyResults(keyResultAt("GRO-2", 40)
                                .summary("Raise feature adoption from 0% to 100% " + HOSTILE)),
                objective("GRO-3").summary("Win two reference customers").alignedTo("GRO-1").keyResults(keyResultAt("GRO-4", 50)),
                objective("GRO-7").summary("Open the Brazilian market").due(LocalDate.of(2026, 8, 31))
                        .keyResults(keyResultAt("GRO-8", 10)),
                objective("CO-1").summary("Become the market leader").keyResults(keyResultAt("CO-2", 60)));
        Assessment judged = ADVISOR.assess(portfolio, AdvisorSettings.DEFAULTS, AS_OF);
        List<Finding> findings = new ArrayList<>(judged.findings());
        findings.add(new Finding("kr-unmeasurable", Severity.CRITICAL, "GRO-2", "GRO-2 says " + HOSTILE, "Measure it."));
        HiddenAlignment hidden = keys -> Map.of("GRO-1", new HiddenAlignment.Count(2, 1));
        ProjectView view = ProjectView.of("GRO", cycle, portfolio, new Assessment(findings, judged.standings(), List.of()),
                ADVISOR.catalogue(), 3, hidden);
        return ProjectPageModel.of(view, PanelServer.CONTEXT_PATH, 0);
    }

    /** The project page of {@code page} as {@code renderer} renders it, the way the servlet puts it together. */
    static String projectPageHtml(PanelRenderer renderer, ProjectPageModel page) {
        StringWriter html = new StringWriter();
        try {
            OkrProjectServlet.page((template, context, out) -> out.write(renderer.render(template, context)), page, html);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return html.toString();
    }

    static Objective objectiveWithHostileText() {
        return objective("GRO-1").summary("Win the mid-market " + HOSTILE).kind(ObjectiveKind.COMMITTED).keyResults(
                keyResult("GRO-11").summary("Raise weekly sign-ups from 30 to 45 " + HOSTILE)
                        .metric(Metric.of(30, 45, 30, "%")).work(new Work(5, 4, 1))
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

    /** {@code count} findings on key result GRO-11, of every severity. */
    static List<Finding> manyFindings(int count) {
        return IntStream.range(0, count).mapToObj(i -> new Finding("rule-" + i, Severity.values()[i % Severity.values().length],
                "GRO-11", "Finding " + i, "Fix it.")).toList();
    }

    static ObjectivePanelModel objectivePanel() {
        return objectivePanel(hostileFindings());
    }

    static ObjectivePanelModel objectivePanelWithFindings(int count) {
        return objectivePanel(manyFindings(count));
    }

    private static ObjectivePanelModel objectivePanel(List<Finding> findings) {
        Objective objective = objectiveWithHostileText();
        return ObjectivePanelModel.of(objective, CALCULATOR.assess(objective, AS_OF),
                List.of(kpi("GRO-90").summary("Monthly churn " + HOSTILE)
                        .reading(3.1, 2.5, KpiDirection.LOWER_IS_BETTER, day("2026-05-10")).supports("GRO-1").build()),
                new LeftOut(2, 3, 1), findings, List.of(new ProblemRow("GRO-12", "okr.metric: not valid JSON " + HOSTILE)));
    }

    static KeyResultPanelModel keyResultPanel() {
        return keyResultPanel(hostileFindings());
    }

    static KeyResultPanelModel keyResultPanelWithFindings(int count) {
        return keyResultPanel(manyFindings(count));
    }

    private static KeyResultPanelModel keyResultPanel(List<Finding> findings) {
        Objective objective = objectiveWithHostileText();
        return KeyResultPanelModel.of(objective, CALCULATOR.standing(objective.keyResults().get(0), AS_OF), new LeftOut(2, 3, 1),
                findings, List.of());
    }

    /**
     * The page after a system administrator posted a broken rule file and a threshold out of bounds, with
     * a stored value and an import refused too, and a custom rule taken out of an evaluation, so that every
     * notice shows.
     */
    static AdminPageModel refusedAdminPage() {
        AdminPageModel.Fields fields = new AdminPageModel.Fields(adminField("objective.issueType", "Epic"),
                adminField("objective.label", "okr\">" + HOSTILE), adminField("kpi.issueType", "KPI"), adminField("kpi.label", "kpi"),
                adminField("alignment.linkTypes", "Supports"), adminField("epicLink.field", "Epic Link"), adminField("work.linkTypes", "Blocks"),
                adminField("objective.topLevelLabel", "okr-top"), adminField("objective.committedLabel", "committed"),
                new AdminField("objective.aspirationalLabel", "committed", "Enter different labels for committed and aspirational objectives."),
                adminField("progress.inProgressWeight", "0.5"), adminField("progress.fiscalYearStartMonth", "1"),
                new AdminField("coach.group", "okr\u0007coaches", "Enter a group name without control characters."),
                adminField("newRuleFileName", "evil.drl"), adminField("newRuleFileText", "rule \"x\" " + HOSTILE + " when then end"),
                adminField("importText", "objective.label = " + HOSTILE));
        List<ThresholdRow> thresholds = Arrays.stream(Parameter.values())
                .map(parameter -> new ThresholdRow(parameter, parameter == STALE_AFTER_DAYS
                        ? new AdminField("threshold." + parameter.key(), "0", "Enter a number from 1 to 365.")
                        : adminField("threshold." + parameter.key(), parameter.format(parameter.defaultValue()))))
                .toList();
        List<RuleSwitch> rules = List.of(
                new RuleSwitch(ruleEntry("too-many-key-results", "Too many key results", true), true),
                new RuleSwitch(ruleEntry("kr-unmeasurable", "Key result without a number", true), false),
                new RuleSwitch(ruleEntry("acme-vendor", "Title " + HOSTILE, false), true));
        List<RuleProblemRow> refused = List.of(new RuleProblemRow(new RuleProblem("evil.drl", 7, "mismatched input " + HOSTILE)));
        AdminPageModel.Notices notices = new AdminPageModel.Notices(
                List.of("kpi.label = \"" + HOSTILE + "\": Enter at most 255 characters."),
                List.of("threshold.staleDays = \"" + HOSTILE + "\": Unknown key."));
        List<RuleIncidentRow> incidents = List.of(new RuleIncidentRow(Instant.parse("2026-11-30T19:40:05.123Z"),
                new RuleIncident("acme-vendor", "Vendor " + HOSTILE, "x" + HOSTILE + ".drl", RuleIncident.Kind.THREW,
                        "threw " + HOSTILE + " in its consequence")));
        return new AdminPageModel(fields, thresholds, rules, List.of(AMPERSAND_FILE, "x" + HOSTILE + ".drl"), refused, List.of(),
                incidents, notices,
                new AdminPageModel.Status("atl_token", "token\"" + HOSTILE, false, true));
    }

    private static AdminField adminField(String name, String value) {
        return new AdminField(name, value, null);
    }

    private static RuleEntry ruleEntry(String key, String title, boolean shipped) {
        return new RuleEntry(key, Severity.MAJOR, title, "Why.", "Fix it.", List.of(), shipped ? "structure.drl" : "acme.drl", shipped);
    }
}
