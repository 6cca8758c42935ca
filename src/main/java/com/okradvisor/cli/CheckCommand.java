package com.okradvisor.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.okradvisor.model.Portfolio;
import com.okradvisor.settings.OkrSettings;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code check FILE.json}: judges a Jira REST search export. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Judge a Jira REST search response (Data Center /rest/api/2/search or Cloud /rest/api/2/search/jql,"
                + " with expand=names and the okr.* properties), or an array of such pages, as scan --save writes.")
final class CheckCommand implements Callable<Integer> {

    @ParentCommand
    OkrAdvisorCli cli;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE.json", description = "The export to judge.")
    Path file;

    @Mixin
    ReportOptions options;

    @Override
    public Integer call() throws BadInputException {
        RulesInBackground rules = RulesInBackground.start();
        OkrSettings settings = options.settings();
        JsonNode root = JiraSearchReader.parse(file, JiraSearchReader.SEARCH_RESPONSE);
        Portfolio portfolio = new JiraSearchReader(settings.mapping(), cli::warn).read(file.toString(), root);
        return options.report(portfolio, settings, rules.get(), cli.today(), spec.commandLine().getOut());
    }
}
