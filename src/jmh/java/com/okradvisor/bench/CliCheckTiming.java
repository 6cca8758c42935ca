package com.okradvisor.bench;

import com.okradvisor.testing.PortfolioGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The CLI's {@code check} of a 5,000-issue export as users run it, JVM start included (docs/design.md, "Performance targets":
 * under 5 s): writes the export of 820 generated objectives, runs {@code java -jar CLI check} once to
 * warm the disk cache, then times {@code RUNS} runs. Usage: {@code CliCheckTiming CLI_JAR WORK_DIR RUNS};
 * without the CLI jar it says so and measures nothing.
 */
public final class CliCheckTiming {

    /** 820 objectives with their key results and KPIs make 5,005 issues. */
    private static final int OBJECTIVES = 820;
    private static final double TARGET_SECONDS = 5;

    private CliCheckTiming() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Path jar = Path.of(args[0]);
        Path work = Files.createDirectories(Path.of(args[1]));
        int runs = Integer.parseInt(args[2]);
        if (!Files.isRegularFile(jar)) {
            System.out.println("cli check: skipped, " + jar + " is not built");
            return;
        }
        Path export = work.resolve("jira-export.json");
        int issues = JiraExport.write(PortfolioGenerator.portfolio(PortfolioGenerator.SEED, OBJECTIVES), export);
        List<String> command = List.of(ProcessHandle.current().info().command().orElse("java"), "-jar", jar.toString(),
                "check", export.toString(), "--as-of", PortfolioGenerator.AS_OF.toString(), "--format", "json",
                "--out", work.resolve("findings.json").toString());
        run(command, work);
        List<Double> seconds = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            run(command, work);
            seconds.add((System.nanoTime() - start) / 1e9);
        }
        List<Double> sorted = seconds.stream().sorted().toList();
        double median = (sorted.get((runs - 1) / 2) + sorted.get(runs / 2)) / 2;
        System.out.printf(Locale.ROOT, "cli check of %,d issues: median %.2f s (min %.2f s, max %.2f s) over %d runs;"
                + " target under %.0f s %s%n", issues, median, sorted.get(0), sorted.get(runs - 1), runs, TARGET_SECONDS,
                median < TARGET_SECONDS ? "met" : "missed");
    }

    private static void run(List<String> command, Path work) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(work.resolve("cli.log").toFile()).start();
        int exit = process.waitFor();
        if (exit != 0) {
            throw new IllegalStateException(String.join(" ", command) + " exited with " + exit + "; see " + work.resolve("cli.log"));
        }
    }
}
