package com.okradvisor.cli;

import com.okradvisor.cli.report.HtmlReport;
import com.okradvisor.cli.report.JsonReport;
import com.okradvisor.cli.report.TextReport;
import com.okradvisor.model.Portfolio;
import com.okradvisor.settings.OkrSettings;
import com.okradvisor.view.Baseline;
import com.okradvisor.view.PortfolioView;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code demo}: the bundled demo portfolio (Acme's company and team OKRs in Jira REST format),
 * judged as of {@link #AS_OF} so that every run shows the same findings.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Judge the bundled demo portfolio as of 2026-06-10 and print the text report.")
final class DemoCommand implements Callable<Integer> {

    /** The demo's fixed as-of date: 70 of the 91 days of 2026-Q2 are gone. */
    static final LocalDate AS_OF = LocalDate.of(2026, 6, 10);
    /** The demo export on the class path. */
    static final String EXPORT = "demo/acme-okrs.json";

    @ParentCommand
    OkrAdvisorCli cli;

    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", description = "Also write report.html and report.json into DIR.")
    Path out;

    @Override
    public Integer call() throws BadInputException {
        RulesInBackground rules = RulesInBackground.start();
        Portfolio portfolio = portfolio(cli);
        PortfolioView view = ReportOptions.judge(portfolio, OkrSettings.DEFAULTS, rules.get(), AS_OF, Baseline.NONE);
        if (out != null) {
            ReportOptions.write(new HtmlReport().render(view), out.resolve("report.html"), null);
            ReportOptions.write(JsonReport.render(view), out.resolve("report.json"), null);
        }
        ReportOptions.write(TextReport.render(view, Ansi.AUTO.enabled()), null, spec.commandLine().getOut());
        if (out != null) {
            spec.commandLine().getOut().println("Wrote " + out.resolve("report.html") + " and " + out.resolve("report.json"));
        }
        return ExitCodes.OK;
    }

    static Portfolio portfolio(OkrAdvisorCli cli) throws BadInputException {
        try (InputStream in = DemoCommand.class.getClassLoader().getResourceAsStream(EXPORT)) {
            if (in == null) {
                throw new IllegalStateException(EXPORT + " is missing from the class path: a broken build");
            }
            return new JiraSearchReader(OkrSettings.DEFAULTS.mapping(), cli::warn).read(EXPORT, JiraSearchReader.parse(EXPORT, in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
