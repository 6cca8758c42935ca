package com.okradvisor.plugin;

import com.atlassian.jira.issue.Issue;
import com.okradvisor.advisor.Assessment;
import com.okradvisor.jira.AdvisorInForce;
import com.okradvisor.jira.InMemoryClusterLocks;
import com.okradvisor.jira.InMemoryPluginSettings;
import com.okradvisor.jira.JiraCosts;
import com.okradvisor.jira.ObjectiveSnapshot;
import com.okradvisor.jira.OkrAssessments;
import com.okradvisor.jira.OkrPanels;
import com.okradvisor.jira.OkrReader;
import com.okradvisor.jira.OkrSettingsStore;
import com.okradvisor.jira.PortfolioCache;
import com.okradvisor.jira.SimulatedJira;
import com.okradvisor.jira.view.ObjectivePanelModel;
import com.okradvisor.model.KpiDirection;
import com.okradvisor.model.Mapping;
import com.okradvisor.model.Portfolio;
import com.okradvisor.model.Work;
import com.okradvisor.settings.OkrSettings;
import com.okradvisor.testing.Okr;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The objective panel of an epic with 5,000 key results, warm (docs/performance.md: under 50 ms), as
 * the view-issue page builds it: {@link OkrPanels#objectivePanel} reads the epic, its key results, their
 * work, its KPIs, its parent and its project through {@link SimulatedJira}, whose every call costs what
 * {@link JiraCosts} says Jira's does ({@code -p costs=dataCenter}; {@code dataCenterLinksUncached} reads
 * each issue's links from the database; {@code free} times the app's own work alone), judges what it read
 * with the shipped rules, builds the view model, and Velocity renders {@code templates/panels/objective.vm}.
 * The read bound ({@value OkrReader#KEY_RESULTS_READ} key results) holds: that many are read and judged, the
 * others counted. {@link #judgedAndRendered} times the part that is the app's own work once the
 * issues are read.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class LargeEpicPanelBenchmark {

    private static final LocalDate AS_OF = Okr.AS_OF;
    private static final String TEMPLATE = "templates/panels/objective.vm";
    private static final List<String> OUTCOMES = List.of("weekly sign-ups", "week-1 activation", "net revenue retention",
            "support tickets per account", "time to first value", "app store rating", "trial conversion", "monthly churn");

    /** Key results in the epic: the target's 5,000, and 500 for comparison. */
    @Param({"500", "5000"})
    public int keyResults;

    /** What Jira's calls cost (docs/performance.md, "What Jira's calls cost"). */
    @Param({"dataCenter", "free"})
    public String costs;

    private Issue epic;
    private SimulatedJira jira;
    private OkrPanels panels;
    private PanelRenderer renderer;
    private AdvisorInForce rules;
    private ObjectiveSnapshot snapshot;

    /**
     * An epic whose key results say what they measure in varied words, half of them checked in, one in
     * three with a sub-task or two, with one pair in a hundred saying the same thing, so that duplicate
     * detection has groups to find; it aligns to a parent objective of its project, and two KPIs support it.
     */
    @Setup
    public void setUp() {
        List<Okr.KeyResultBuilder> inEpic = new ArrayList<>();
        String previous = "";
        for (int n = 0; n < keyResults; n++) {
            String summary = n % 100 == 1 ? previous
                    : "Raise " + OUTCOMES.get(n % OUTCOMES.size()) + " in segment " + n + " from " + (20 + n % 30) + " to " + (60 + n % 40);
            Okr.KeyResultBuilder keyResult = Okr.keyResult("BIG-" + (1000 + n)).summary(summary).work(new Work(n % 3, n % 3 / 2, 0));
            inEpic.add(n % 2 == 0 ? keyResult.checkIns(Okr.checkIn(LocalDate.of(2026, 5, 1), 30 + n % 20, 7)) : keyResult.checkIns());
            previous = summary;
        }
        Portfolio portfolio = Okr.portfolio(List.of(
                Okr.objective("BIG-1").summary("Win the mid-market").alignedTo("BIG-2").notTopLevel()
                        .keyResults(inEpic.toArray(Okr.KeyResultBuilder[]::new)),
                Okr.objective("BIG-2").summary("Grow revenue").keyResults(Okr.keyResult("BIG-3"), Okr.keyResult("BIG-4"))),
                List.of(Okr.kpi("BIG-5").supports("BIG-1").reading(42, 40, KpiDirection.HIGHER_IS_BETTER, LocalDate.of(2026, 5, 10)),
                        Okr.kpi("BIG-6").supports("BIG-1", "BIG-2").noReading()));
        jira = new SimulatedJira(portfolio, JiraCosts.paid(JiraCosts.model(costs)));
        epic = jira.issue("BIG-1");
        InMemoryPluginSettings pluginSettings = new InMemoryPluginSettings();
        OkrSettingsStore store = new OkrSettingsStore(pluginSettings, new InMemoryClusterLocks());
        rules = new AdvisorInForce(store);
        panels = new OkrPanels(new OkrAssessments(jira.reader(), jira.portfolioReader(), store, rules,
                new PortfolioCache(pluginSettings)));
        renderer = new PanelRenderer();
        snapshot = jira.reader().readObjective(epic, jira.user, Mapping.DEFAULTS);
    }

    @Benchmark
    public String objectivePanel() {
        ObjectivePanelModel model = panels.objectivePanel(epic, jira.user, AS_OF);
        return renderer.render(TEMPLATE, Map.of("okr", model));
    }

    /**
     * The same panel from the same read, made once: the rules over what one view read, the view model
     * and the template, without the reads.
     */
    @Benchmark
    public String judgedAndRendered() {
        Assessment assessment = rules.assess(snapshot.portfolio(), OkrSettings.DEFAULTS, AS_OF);
        ObjectivePanelModel model = ObjectivePanelModel.of(snapshot.objective(), assessment.standing(snapshot.objective()),
                snapshot.kpis(), snapshot.leftOut(), snapshot.about(assessment.findings()), List.of());
        return renderer.render(TEMPLATE, Map.of("okr", model));
    }
}
