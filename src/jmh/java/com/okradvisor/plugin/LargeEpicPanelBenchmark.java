package com.okradvisor.plugin;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.MutableIssue;
import com.okradvisor.advisor.Assessment;
import com.okradvisor.jira.AdvisorInForce;
import com.okradvisor.jira.FakeJira;
import com.okradvisor.jira.InMemoryClusterLocks;
import com.okradvisor.jira.InMemoryPluginSettings;
import com.okradvisor.jira.ObjectiveSnapshot;
import com.okradvisor.jira.OkrAssessments;
import com.okradvisor.jira.OkrPanels;
import com.okradvisor.jira.OkrReader;
import com.okradvisor.jira.OkrSettingsStore;
import com.okradvisor.jira.PortfolioCache;
import com.okradvisor.jira.view.ObjectivePanelModel;
import com.okradvisor.model.Mapping;
import com.okradvisor.settings.OkrSettings;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The objective panel of an epic with 5,000 key results, warm (docs/performance.md: under 50 ms), as
 * the view-issue page builds it: {@link OkrPanels#objectivePanel} reads the epic, its key results
 * and its project through Jira's services (the test suite's {@link FakeJira}, Mockito stand-ins that
 * answer from tables and page as Jira does), judges what it read with the shipped rules, builds the
 * view model, and Velocity renders {@code templates/panels/objective.vm}. The read bound
 * ({@value OkrReader#KEY_RESULTS_READ} key results) holds: 500 are read and judged, the other 4,500
 * are counted, so the cost stays that of 500 however large the epic grows, but for the epic's links
 * (one per key result), which the read of its alignments walks. {@link #judgedAndRendered} times the
 * part that is the app's own work once the issues are read.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class LargeEpicPanelBenchmark {

    private static final LocalDate AS_OF = LocalDate.of(2026, 5, 15);
    private static final String TEMPLATE = "templates/panels/objective.vm";
    private static final List<String> OUTCOMES = List.of("weekly sign-ups", "week-1 activation", "net revenue retention",
            "support tickets per account", "time to first value", "app store rating", "trial conversion", "monthly churn");

    /** Key results in the epic: the target's 5,000, and 500, what one view reads, for comparison. */
    @Param({"500", "5000"})
    public int keyResults;

    private FakeJira jira;
    private Issue epic;
    private OkrPanels panels;
    private PanelRenderer renderer;
    private AdvisorInForce rules;
    private ObjectiveSnapshot snapshot;

    /**
     * An epic whose key results say what they measure in varied words, half of them checked in, with
     * one pair in a hundred saying the same thing, so that duplicate detection has groups to find.
     */
    @Setup
    public void setUp() throws Exception {
        jira = new FakeJira();
        epic = FakeJira.issue(1, "BIG-1", "Win the mid-market");
        List<MutableIssue> inEpic = new ArrayList<>();
        for (int n = 0; n < keyResults; n++) {
            String summary = n % 100 == 1 ? inEpic.get(n - 1).getSummary()
                    : "Raise " + OUTCOMES.get(n % OUTCOMES.size()) + " in segment " + n + " from " + (20 + n % 30) + " to " + (60 + n % 40);
            MutableIssue keyResult = FakeJira.issue(1000 + n, "BIG-" + (1000 + n), summary);
            inEpic.add(keyResult);
            if (n % 2 == 0) {
                jira.properties.put(1000 + n, "okr.checkins", "[{\"date\":\"2026-05-01\",\"author\":\"Ana Silva\",\"value\":"
                        + (30 + n % 20) + ",\"confidence\":7,\"note\":\"on plan\"}]");
            }
        }
        jira.keyResults(epic, inEpic).objective(epic);
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
     * and the template, without the reads through the fakes, whose every answer costs a Mockito
     * dispatch (a stack walk per call) that Jira's issues do not.
     */
    @Benchmark
    public String judgedAndRendered() {
        Assessment assessment = rules.assess(snapshot.portfolio(), OkrSettings.DEFAULTS, AS_OF);
        ObjectivePanelModel model = ObjectivePanelModel.of(snapshot.objective(), assessment.standing(snapshot.objective()),
                snapshot.kpis(), snapshot.leftOut(), snapshot.about(assessment.findings()), List.of());
        return renderer.render(TEMPLATE, Map.of("okr", model));
    }

    /** The fakes' services record their calls for tests to count; a benchmark forgets them. */
    @TearDown(Level.Iteration)
    public void forgetCalls() {
        jira.forgetCalls();
    }

    @TearDown
    public void close() {
        jira.close();
    }
}
