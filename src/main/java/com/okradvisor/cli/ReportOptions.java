package com.okradvisor.cli;

import com.okradvisor.advisor.Advisor;
import com.okradvisor.intake.OkrProperties;
import com.okradvisor.model.Portfolio;
import com.okradvisor.model.Severity;
import com.okradvisor.settings.OkrSettings;
import com.okradvisor.settings.SettingsCodec;
import com.okradvisor.view.Baseline;
import com.okradvisor.view.PortfolioView;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Option;

/** The options {@code check} and {@code scan} share: how to judge and how to report. */
final class ReportOptions {

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
            description = "Judge as of this day (default: today). Check-ins after it are ignored.")
    LocalDate asOf;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, json, csv, html or junit (JUnit XML for CI servers) (default: ${DEFAULT-VALUE}).")
    ReportFormat format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the report to FILE instead of standard output.")
    Path out;

    @Option(names = "--config", paramLabel = "FILE",
            description = "A .properties file with the mapping, thresholds and rules switched off (see docs/okr-advisor.properties).")
    Path config;

    @Option(names = "--fail-on", paramLabel = "SEVERITY",
            description = "Exit with 1 when a finding (with --baseline: a new finding) is at least this severe:"
                    + " INFO, MINOR, MAJOR or CRITICAL.")
    Severity failOn;

    @Option(names = "--baseline", paramLabel = "FILE.json",
            description = "An earlier --format json report: findings of the same rule on the same issue are old;"
                    + " --fail-on counts only new ones, and the reports mark which are new.")
    Path baseline;

    /** The settings of {@code --config}, or the defaults; a file with any problem is bad input listing each with its key. */
    OkrSettings settings() throws BadInputException {
        if (config == null) {
            return OkrSettings.DEFAULTS;
        }
        String text;
        try {
            text = Files.readString(config, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BadInputException(config + ": cannot be read: " + e.getMessage(), e);
        }
        SettingsCodec.Decoded decoded = SettingsCodec.read(text);
        if (!decoded.problems().isEmpty()) {
            throw new BadInputException(decoded.problems().stream().map(problem -> config + ": " + problem.describe())
                    .collect(Collectors.joining(System.lineSeparator())));
        }
        return decoded.settings();
    }

    /**
     * Judges {@code portfolio} as of {@code --as-of} (or {@code today}) against {@code --baseline},
     * writes the report and returns the exit code: 1 when a new finding reaches {@code --fail-on}, else 0.
     */
    int report(Portfolio portfolio, OkrSettings settings, Advisor advisor, LocalDate today, PrintWriter stdout)
            throws BadInputException {
        LocalDate day = Optional.ofNullable(asOf).orElse(today);
        if (!OkrProperties.isInRange(day)) {
            throw new BadInputException("--as-of " + day + ": give a day in the years " + OkrProperties.FIRST_YEAR + " to "
                    + OkrProperties.LAST_YEAR);
        }
        Baseline known = baseline == null ? Baseline.NONE : BaselineFile.read(baseline);
        PortfolioView view = judge(portfolio, settings, advisor, day, known);
        write(format.render(view, out == null && Ansi.AUTO.enabled(), Optional.ofNullable(failOn)), out, stdout);
        return failOn != null && view.hasNewFindingAtLeast(failOn) ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    static PortfolioView judge(Portfolio portfolio, OkrSettings settings, Advisor advisor, LocalDate asOf, Baseline baseline) {
        return PortfolioView.of(portfolio, advisor.assess(portfolio, settings.advisor(), asOf), advisor.catalogue(), asOf,
                baseline);
    }

    static void write(String text, Path file, PrintWriter stdout) throws BadInputException {
        if (file == null) {
            stdout.print(text);
            stdout.flush();
            return;
        }
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            // getBytes replaces a lone surrogate (issue text may hold one) where writeString would fail.
            Files.write(file, text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot write the report: " + e.getMessage(), e);
        }
    }
}
