package com.okradvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Runs the shaded jar as users do, {@code java -jar target/okr-advisor-cli.jar}, after {@code package}:
 * proves the merged service files let Drools start outside Maven's class path, that the exit code of
 * the tuned second JVM reaches the caller, and what only a real process shows: standard output that
 * cannot be written, JVM options from the environment, bash's {@code <(…)} files, a killed parent.
 */
class CliJarIT {

    private static final Path JAR = Path.of("target", "okr-advisor-cli.jar");
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    private static final String SAMPLE = "src/test/resources" + ExportFiles.SAMPLE_RESOURCE;

    private record Run(int exitCode, String out, String err) {
    }

    private static Run java(String... args) throws IOException, InterruptedException {
        return run(new ProcessBuilder(javaJar(args)));
    }

    private static List<String> javaJar(String... args) {
        List<String> command = new ArrayList<>(List.of(JAVA, "-jar", JAR.toString()));
        command.addAll(List.of(args));
        return command;
    }

    private static Run run(ProcessBuilder builder) throws IOException, InterruptedException {
        Path out = Files.createTempFile("cli-out", ".txt");
        Path err = Files.createTempFile("cli-err", ".txt");
        if (builder.redirectOutput() == ProcessBuilder.Redirect.PIPE) {
            builder.redirectOutput(out.toFile());
        }
        Process process = builder.redirectError(err.toFile()).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the run ends within two minutes").isTrue();
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    /** Runs {@code script} in bash with {@code $JAVA_JAR} set to {@code java -jar target/okr-advisor-cli.jar}. */
    private static Run bash(String script) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("bash", "-c", script);
        builder.environment().put("JAVA_JAR", String.join(" ", javaJar()));
        return run(builder);
    }

    @Test
    void theDemoRunsFromTheShadedJar() throws Exception {
        Path folder = Path.of("target", "it-demo");

        Run run = java("demo", "--out", folder.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("as of 2026-06-10").contains("findings in total");
        assertThat(run.err()).isEmpty();
        assertThat(folder.resolve("report.html")).isNotEmptyFile();
    }

    @Test
    void theExitCodeOfBadInputReachesTheCaller() throws Exception {
        Run run = java("check", "target/no-such-export.json");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("no-such-export.json: no such file");
    }

    @Test
    void failsWhenStandardOutputCannotBeWritten() throws Exception {
        Run run = run(new ProcessBuilder(javaJar("rules")).redirectOutput(new File("/dev/full")));

        assertThat(run.exitCode()).as(run.err()).isEqualTo(74);
        assertThat(run.err()).contains("standard output could not be written");
    }

    @Test
    void runsWhenJavaToolOptionsChooseACollector() throws Exception {
        ProcessBuilder builder = new ProcessBuilder(javaJar("check", SAMPLE, "--as-of", "2027-02-15"));
        builder.environment().put("JAVA_TOOL_OPTIONS", "-XX:+UseParallelGC");

        Run run = run(builder);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("6 findings in total");
    }

    @Test
    void readsExportConfigAndBaselineGivenAsProcessSubstitutions() throws Exception {
        Run run = bash("$JAVA_JAR check <(cat " + SAMPLE + ") --as-of 2027-02-15 --fail-on INFO"
                + " --config <(echo 'rules.disabled = kr-without-owner')"
                + " --baseline <($JAVA_JAR check " + SAMPLE + " --as-of 2027-02-15 --format json)");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("5 findings in total, 0 new since the baseline").doesNotContain("kr-without-owner");
    }

    @Test
    void theTunedJvmEndsWhenTheFirstIsKilled() throws Exception {
        Path fifo = Files.createTempDirectory("cli-fifo").resolve("export.json");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        Process first = new ProcessBuilder(javaJar("check", fifo.toString())).start();
        ProcessHandle second = awaitChild(first);

        first.destroyForcibly().waitFor();

        assertThat(second.onExit()).as("the second JVM, blocked reading a pipe nobody writes, ends with the first")
                .succeedsWithin(30, TimeUnit.SECONDS);
    }

    private static ProcessHandle awaitChild(Process process) throws InterruptedException {
        for (int attempt = 0; attempt < 300; attempt++) {
            var child = process.toHandle().children().findFirst();
            if (child.isPresent()) {
                return child.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the first JVM started no second JVM within 30 s");
    }
}
