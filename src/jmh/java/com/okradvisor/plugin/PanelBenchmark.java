package com.okradvisor.advisor;

import com.okradvisor.model.Finding;
import com.okradvisor.model.Objective;
import com.okradvisor.model.Portfolio;
import com.okradvisor.testing.PortfolioGenerator;
import java.util.List;
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

/** One objective panel on the view-issue page, warm (DESIGN.md §8: under 5 ms for 50 key results). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class PanelBenchmark {

    private static final int KEY_RESULTS = 50;

    private Portfolio portfolio;
    private Advisor advisor;

    @Setup
    public void setUp() {
        Objective objective = PortfolioGenerator.objective(EvaluationBenchmark.SEED, KEY_RESULTS);
        portfolio = new Portfolio(List.of(objective), List.of());
        advisor = Advisor.load(PanelBenchmark.class.getClassLoader());
    }

    @Benchmark
    public List<Finding> objectivePanel() {
        return advisor.evaluate(portfolio, AdvisorSettings.DEFAULTS, PortfolioGenerator.AS_OF);
    }
}
