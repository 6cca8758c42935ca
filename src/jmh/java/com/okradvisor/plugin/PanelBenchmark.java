package com.okradvisor.plugin;

import com.okradvisor.advisor.Advisor;
import com.okradvisor.advisor.Assessment;
import com.okradvisor.advisor.AdvisorSettings;
import com.okradvisor.jira.view.LeftOut;
import com.okradvisor.jira.view.ObjectivePanelModel;
import com.okradvisor.model.Kpi;
import com.okradvisor.model.Objective;
import com.okradvisor.model.Portfolio;
import com.okradvisor.testing.Okr;
import com.okradvisor.testing.PortfolioGenerator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One objective panel on the view-issue page, warm (docs/design.md, "Performance targets": model + rules + render under 5 ms
 * for 50 key results): the rules over the objective and its KPIs, the view model, and the Velocity
 * template rendered as the panel tests render it. Reading the issues out of Jira is not included.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class PanelBenchmark {

    private static final int KEY_RESULTS = 50;
    private static final String TEMPLATE = "templates/panels/objective.vm";

    private Objective objective;
    private List<Kpi> kpis;
    private Portfolio portfolio;
    private Advisor advisor;
    private PanelRenderer renderer;

    @Setup
    public void setUp() {
        objective = PortfolioGenerator.objective(PortfolioGenerator.SEED, KEY_RESULTS);
        kpis = List.of(Okr.kpi("PANEL-900").supports(objective.key()).build(),
                Okr.kpi("PANEL-901").supports(objective.key()).noReading().build());
        portfolio = new Portfolio(List.of(objective), kpis);
        advisor = Advisor.load(PanelBenchmark.class.getClassLoader());
        renderer = new PanelRenderer();
    }

    @Benchmark
    public String objectivePanel() {
        Assessment assessment = advisor.assess(portfolio, AdvisorSettings.DEFAULTS, PortfolioGenerator.AS_OF);
        ObjectivePanelModel model = ObjectivePanelModel.of(objective, assessment.standing(objective), kpis,
                new LeftOut(0, 0, 0), assessment.findings(), List.of());
        return renderer.render(TEMPLATE, Map.of("okr", model));
    }
}
