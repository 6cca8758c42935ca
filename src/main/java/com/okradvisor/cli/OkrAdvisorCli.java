package com.okradvisor.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.OptionalInt;
import java.util.function.UnaryOperator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * {@code okr-advisor}: the Drools advisor on Jira REST JSON, a live Jira or the demo portfolio.
 * This class is the edge of the app: the only place that reads the clock and the environment.
 *
 * <p>Exit codes: 0 success; 1 findings at or above {@code --fail-on}; 2 bad input or options (the
 * message names the file, the issue key and the field); 3 Jira unreachable or refused; 70 a bug.
 */
@Command(name = "okr-advisor", mixinStandardHelpOptions = true, version = "OKR Advisor 0.1.0",
        description = "Judges OKRs kept in Jira (epics as objectives, their issues as key results, KPIs) with the advisor's rules.",
        subcommands = {DemoCommand.class, CheckCommand.class, ScanCommand.class, RulesCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:a finding at or above --fail-on",
                "2:bad input or options (names the file, the issue key and the field)", "3:Jira unreachable or refused",
                "70:an internal error (a bug: run again with --verbose and report the stack trace)"})
public final class OkrAdvisorCli implements Runnable {

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
        }
        // Drools and Velocity log through SLF4J; the runner has no log, so it chooses the no-op provider
        // explicitly instead of letting SLF4J warn on standard error that it found none.
        System.setProperty("slf4j.provider", "org.slf4j.helpers.NOP_FallbackServiceProvider");
        System.setProperty("slf4j.internal.verbosity", "WARN");
        System.exit(commandLine(Clock.systemDefaultZone(), System::getenv).execute(args));
    }

    /** The command line with the runner's exception handling: bad input exits 2, an unreachable Jira 3. */
    public static CommandLine commandLine(Clock clock, UnaryOperator<String> environment) {
        OkrAdvisorCli cli = new OkrAdvisorCli(clock, environment);
        CommandLine commandLine = new CommandLine(cli).setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setExecutionExceptionHandler((exception, command, parseResult) -> {
            PrintWriter err = command.getErr();
            int code = exception instanceof BadInputException ? ExitCodes.BAD_INPUT
                    : exception instanceof JiraUnavailableException ? ExitCodes.JIRA_UNAVAILABLE : ExitCodes.INTERNAL_ERROR;
            String prefix = code == ExitCodes.JIRA_UNAVAILABLE ? "Jira: " : "error: ";
            err.println(prefix + (exception.getMessage() == null ? exception.toString() : exception.getMessage()));
            if (cli.verbose) {
                exception.printStackTrace(err);
            } else if (!(exception instanceof BadInputException || exception instanceof JiraUnavailableException)) {
                err.println("(run with --verbose for the stack trace)");
            }
            err.flush();
            return code;
        });
        return commandLine;
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
        spec.commandLine().getErr().println("warning: " + message);
        spec.commandLine().getErr().flush();
    }
}
