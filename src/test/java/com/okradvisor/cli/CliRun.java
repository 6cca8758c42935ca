package com.okradvisor.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.function.Consumer;
import picocli.CommandLine;

/** Runs the command line through picocli's {@code execute()} with a fixed clock and environment, capturing its output. */
final class CliRun {

    static final LocalDate TODAY = LocalDate.of(2027, 2, 15);

    final int exitCode;
    final String out;
    final String err;

    private CliRun(int exitCode, String out, String err) {
        this.exitCode = exitCode;
        this.out = out;
        this.err = err;
    }

    static CliRun run(String... args) {
        return run(Map.of(), args);
    }

    static CliRun run(Map<String, String> environment, String... args) {
        return run(commandLine(environment), args);
    }

    static CliRun run(CommandLine commandLine, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int code = commandLine.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    /** {@code scan} with {@code options}, its time and limits set by {@code setUp} first. */
    static CliRun scan(Map<String, String> environment, Consumer<ScanCommand> setUp, String... options) {
        CommandLine commandLine = commandLine(environment);
        setUp.accept(commandLine.getSubcommands().get("scan").getCommand());
        String[] args = new String[options.length + 1];
        args[0] = "scan";
        System.arraycopy(options, 0, args, 1, options.length);
        return run(commandLine, args);
    }

    static CommandLine commandLine(Map<String, String> environment) {
        Clock clock = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        return OkrAdvisorCli.commandLine(clock, environment::get);
    }

    @Override
    public String toString() {
        return "exit " + exitCode + "\n--- out ---\n" + out + "--- err ---\n" + err;
    }
}
