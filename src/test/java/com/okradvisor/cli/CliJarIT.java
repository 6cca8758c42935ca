package com.okradvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

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
 * proves the merged service files let Drools start outside Maven's class path, and that the exit
 * code of the tuned second JVM reaches the caller.
 */
class CliJarIT {

    private static final Path JAR = Path.of("target", "okr-advisor-cli.jar");

    private record Run(int exitCode, String out, String err) {
    }

    private static Run java(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("cli-out", ".txt");
        Path err = Files.createTempFile("cli-err", ".txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the run ends within two minutes").isTrue();
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
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
}
