package com.okradvisor.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * Runs the command line in a JVM tuned for a short run. A run spends most of its CPU warming up:
 * loading the rules and reading the export once each, which the optimising JIT compiler (C2) and G1
 * only slow down. {@code java -jar} cannot pass JVM options, so {@code main} starts the runner again
 * with {@code -XX:TieredStopAtLevel=1 -XX:+UseSerialGC}, which takes a 5,000-issue check from about
 * 2.6 s to 2.0 s on two cores, with half the CPU time, even though the rules are compiled at build time.
 *
 * <p>The JVM options the user gave come along (those from {@code JAVA_TOOL_OPTIONS} and
 * {@code JDK_JAVA_OPTIONS} among them, so the second JVM is not given them twice). The runner stays
 * in the first JVM when those options choose a garbage collector (a JVM refuses two), when an
 * argument names a {@code /dev/fd} file (such as bash's {@code <(…)}: the second JVM does not inherit
 * the descriptor), or when the second JVM cannot be started. The second JVM ends when the first does,
 * even when the first is killed.
 */
final class ShortRunJvm {

    /** Set in the second JVM to the first one's process id, so it does not start a third and ends with the first. */
    static final String MARKER = "okradvisor.shortRunJvm";
    private static final List<String> OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
    private static final List<String> INHERITED_DESCRIPTORS = List.of("/dev/fd/", "/proc/self/fd/");
    private static final List<String> OPTION_VARIABLES = List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS");

    private ShortRunJvm() {
    }

    /** True in the JVM the user started, false in the tuned one. */
    static boolean isFirstJvm() {
        return System.getProperty(MARKER) == null;
    }

    /**
     * Runs {@code args} in a tuned JVM sharing this one's terminal; its exit code, or empty when the
     * runner should run here: the user's JVM options choose a collector, an argument is a descriptor of
     * this process, or the second JVM could not start.
     */
    static OptionalInt run(String[] args) {
        List<String> jvmOptions = ManagementFactory.getRuntimeMXBean().getInputArguments();
        if (!isWanted(jvmOptions, List.of(args))) {
            return OptionalInt.empty();
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(OPTIONS);
        command.addAll(jvmOptions);
        command.add("-D" + MARKER + "=" + ProcessHandle.current().pid());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(OkrAdvisorCli.class.getName());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        for (String variable : OPTION_VARIABLES) {
            builder.environment().remove(variable);
        }
        try {
            Process runner = builder.start();
            Runtime.getRuntime().addShutdownHook(new Thread(runner::destroy));
            return OptionalInt.of(runner.waitFor());
        } catch (IOException e) {
            return OptionalInt.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalInt.empty();
        }
    }

    /**
     * False when the JVM options choose a collector ({@code -XX:+Use…GC}) or an argument names a file
     * descriptor of this process. Plain loops: a lambda or a regular expression here would cost the
     * start of every run tens of milliseconds before the second JVM is even started.
     */
    static boolean isWanted(List<String> jvmOptions, List<String> args) {
        for (String option : jvmOptions) {
            if (option.startsWith("-XX:+Use") && option.endsWith("GC")) {
                return false;
            }
        }
        for (String arg : args) {
            for (String descriptors : INHERITED_DESCRIPTORS) {
                if (arg.contains(descriptors)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * In the second JVM: halts it when the first ends, which a killed first JVM does without running
     * its shutdown hook. The first JVM's process id is the marker's value.
     */
    static void endWithParent() {
        ProcessHandle.of(Long.parseLong(System.getProperty(MARKER))).ifPresentOrElse(
                first -> first.onExit().thenRun(() -> Runtime.getRuntime().halt(ExitCodes.INTERNAL_ERROR)),
                () -> Runtime.getRuntime().halt(ExitCodes.INTERNAL_ERROR));
    }
}
