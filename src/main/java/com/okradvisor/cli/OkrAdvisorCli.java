package com.okradvisor.cli;

import com.okradvisor.text.Characters;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.time.Clock;
import java.time.LocalDate;
import java.util.OptionalInt;
import java.util.function.UnaryOperator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IExecutionStrategy;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * {@code okr-advisor}: the Drools advisor on Jira REST JSON, a live Jira or the demo portfolio.
 * This class is the edge of the app: the only place that reads the clock and the environment.
 *
 * <p>Exit codes: 0 success; 1 findings at or above {@code --fail-on}; 2 bad input or options (the
 * message names the file, the issue key and the field); 3 Jira unreachable or refused; 70 a bug (also
 * out of memory); 74 standard output could not be written.
 */
@Command(name = "okr-advisor", mixinStandardHelpOptions = true, versionProvider = BuildVersion.class,
        description = "Judges OKRs kept in Jira (epics as objectives, their issues as key results, KPIs) with the advisor's rules.",
        subcommands = {DemoCommand.class, CheckCommand.class, ScanCommand.class, RulesCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:a finding at or above --fail-on",
                "2:bad input or options (names the file, the issue key and the field)", "3:Jira unreachable or refused",
                "70:an internal error (a bug, or out of memory: run again with --verbose and report the stack trace)",
                "74:standard output could not be written (closed, or a full disk or pipe)"})
public final class OkrAdvisorCli implements Runnable {

    /** The most characters a message shows, whatever it quotes. */
    private static final int MAX_MESSAGE = 1_000;

    @Spec
    CommandSpec spec;

    @Option(names = "--verbose", scope = ScopeType.INHERIT, description = "Print stack traces of failures.")
    boolean verbose;

    private final Clock clock;
    private final UnaryOperator<String> environment;

    public OkrAdvisorCli(Clock clock, UnaryOperator<String> environment) {
        this.clock = clock;
        this.environment = environment;
    }

    public static void main(String[] args) {
        if (ShortRunJvm.isFirstJvm()) {
            OptionalInt exitCode = ShortRunJvm.run(args);
            if (exitCode.isPresent()) {
                System.exit(exitCode.getAsInt());
            }
        } else {
            ShortRunJvm.endWithParent();
        }
        // Drools and Velocity log through SLF4J; the runner has no log, so it chooses the no-op provider
        // explicitly instead of letting SLF4J warn on standard error that it found none.
        System.setProperty("slf4j.provider", "org.slf4j.helpers.NOP_FallbackServiceProvider");
        System.setProperty("slf4j.internal.verbosity", "WARN");
        CommandLine commandLine = commandLine(Clock.systemDefaultZone(), System::getenv);
        // Over System.out itself, so that checkError() sees a failed write (picocli's own writer hides it).
        commandLine.setOut(new PrintWriter(System.out, true, Charset.defaultCharset()));
        System.exit(commandLine.execute(args));
    }

    /**
     * The command line with the runner's exception handling: bad input exits 2, an unreachable Jira 3,
     * any other exception or an {@link Error} (out of memory, stack overflow) 70, and a run whose
     * standard output could not be written 74. Messages on standard error are {@linkplain Characters#printable printable}.
     */
    public static CommandLine commandLine(Clock clock, UnaryOperator<String> environment) {
        OkrAdvisorCli cli = new OkrAdvisorCli(clock, environment);
        CommandLine commandLine = new CommandLine(cli).setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setExecutionExceptionHandler((exception, command, parseResult) -> {
            int code = exception instanceof BadInputException ? ExitCodes.BAD_INPUT
                    : exception instanceof JiraUnavailableException ? ExitCodes.JIRA_UNAVAILABLE : ExitCodes.INTERNAL_ERROR;
            return cli.fail(command.getErr(), code, exception);
        });
        IExecutionStrategy runLast = new CommandLine.RunLast();
        commandLine.setExecutionStrategy(parseResult -> {
            int code;
            try {
                code = runLast.execute(parseResult);
            } catch (Error e) {
                return cli.fail(commandLine.getErr(), ExitCodes.INTERNAL_ERROR, e);
            }
            if (commandLine.getOut().checkError()) {
                commandLine.getErr().println("error: standard output could not be written (closed, or a full disk or pipe);"
                        + " the report is incomplete");
                commandLine.getErr().flush();
                return ExitCodes.OUTPUT_FAILED;
            }
            return code;
        });
        return commandLine;
    }

    /** Reports {@code failure} on {@code err} and returns {@code code}; a stack trace with --verbose or for a bug. */
    private int fail(PrintWriter err, int code, Throwable failure) {
        String prefix = code == ExitCodes.JIRA_UNAVAILABLE ? "Jira: " : "error: ";
        String message = failure.getMessage() == null || failure instanceof Error ? failure.toString() : failure.getMessage();
        err.println(printable(prefix + message));
        if (verbose) {
            StringWriter trace = new StringWriter();
            failure.printStackTrace(new PrintWriter(trace));
            trace.toString().lines().map(line -> line.startsWith("\t") ? "\t" + printable(line.substring(1)) : printable(line))
                    .forEach(err::println);
        } else if (code == ExitCodes.INTERNAL_ERROR) {
            err.println("(run with --verbose for the stack trace)");
        }
        err.flush();
        return code;
    }

    /** {@code text} cut to {@value #MAX_MESSAGE} characters and stripped of what a terminal would obey. */
    private static String printable(String text) {
        return Characters.printable(Characters.cut(text, MAX_MESSAGE));
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    String environment(String name) {
        return environment.apply(name);
    }

    /** A warning on standard error. */
    void warn(String message) {
        spec.commandLine().getErr().println(printable("warning: " + message));
        spec.commandLine().getErr().flush();
    }
}
