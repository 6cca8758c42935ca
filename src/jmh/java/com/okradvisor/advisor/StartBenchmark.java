package com.okradvisor.advisor;

import java.util.LinkedHashMap;
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
 * Rules ready at plugin start (docs/design.md, "Performance targets": under 2 s for the shipped catalogue): each fork is a fresh
 * JVM and times its first build only, the way a plugin starts. {@link #shippedAndTwentyCustomRules} is
 * a start with 20 stored custom rule files, compiled when the app starts; {@link #twentyCustomRules} is
 * an admin's upload of 20 rule files into a running app, the shipped catalogue already loaded once.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(10)
public class StartBenchmark {

    private static final int CUSTOM_RULES = 20;
    private static final String CUSTOM_RULE = """
            package acme.rules;
            import com.okradvisor.advisor.fact.*;
            global com.okradvisor.advisor.FindingCollector findings;

            rule "Key result names vendor %1$d"
                @ruleKey("acme-vendor-%1$d")
                @severity("INFO")
                @title("Vendor %1$d named in a key result")
                @rationale("Key results should measure outcomes, not tools.")
                @remedy("Name the outcome instead of the vendor.")
            when
                Thresholds( $max : maxKeyResults )
                $o : ObjectiveFact( active, keyResultCount <= $max )
                $kr : KeyResultFact( objectiveKey == $o.key, active, summary.contains("Vendor%1$d") )
            then
                findings.report(drools, $kr.key(), "KR " + $kr.key() + " names vendor %1$d");
            end
            """;

    @Benchmark
    public Advisor shippedCatalogue() {
        return Advisor.load(StartBenchmark.class.getClassLoader());
    }

    @Benchmark
    public Advisor shippedAndTwentyCustomRules() throws RuleFileException {
        return Advisor.load(StartBenchmark.class.getClassLoader()).withCustomRules(customRules());
    }

    @Benchmark
    public Advisor twentyCustomRules(RunningApp app) throws RuleFileException {
        return app.shipped.withCustomRules(app.customRules);
    }

    /** An app already started with the shipped catalogue, and the 20 files an admin uploads. */
    @State(Scope.Benchmark)
    public static class RunningApp {
        private Advisor shipped;
        private Map<String, String> customRules;

        @Setup
        public void setUp() {
            shipped = Advisor.load(StartBenchmark.class.getClassLoader());
            customRules = customRules();
        }
    }

    private static Map<String, String> customRules() {
        Map<String, String> files = new LinkedHashMap<>();
        for (int i = 1; i <= CUSTOM_RULES; i++) {
            files.put("acme-" + i + ".drl", CUSTOM_RULE.formatted(i));
        }
        return files;
    }
}
