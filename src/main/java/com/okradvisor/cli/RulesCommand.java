package com.okradvisor.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.okradvisor.advisor.Advisor;
import com.okradvisor.advisor.Parameter;
import com.okradvisor.advisor.RuleEntry;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code rules}: the catalogue, as text or JSON. */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "List the rule catalogue: key, severity, title and parameters with their defaults.")
final class RulesCommand implements Callable<Integer> {

    /** The formats {@code rules} writes. */
    enum Format { TEXT, JSON }

    @Spec
    CommandSpec spec;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() throws IOException {
        List<RuleEntry> rules = Advisor.load(RulesCommand.class.getClassLoader()).catalogue().entries();
        PrintWriter out = spec.commandLine().getOut();
        out.print(format == Format.JSON ? json(rules) : text(rules));
        out.flush();
        return ExitCodes.OK;
    }

    private static String text(List<RuleEntry> rules) {
        StringBuilder text = new StringBuilder();
        for (RuleEntry rule : rules) {
            text.append(String.format(Locale.ROOT, "%-36s %-8s %s", rule.key(), rule.severity(), rule.title()));
            if (!rule.parameters().isEmpty()) {
                text.append(rule.parameters().stream().map(p -> p.key() + "=" + p.format(p.defaultValue()))
                        .collect(Collectors.joining(", ", " (", ")")));
            }
            text.append(System.lineSeparator());
        }
        return text.append(rules.size()).append(" rules").append(System.lineSeparator()).toString();
    }

    private static String json(List<RuleEntry> rules) throws IOException {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = new JsonFactory().createGenerator(text).useDefaultPrettyPrinter()) {
            json.writeStartArray();
            for (RuleEntry rule : rules) {
                json.writeStartObject();
                json.writeStringField("key", rule.key());
                json.writeStringField("severity", rule.severity().name());
                json.writeStringField("title", rule.title());
                json.writeStringField("rationale", rule.rationale());
                json.writeStringField("remedy", rule.remedy());
                json.writeArrayFieldStart("parameters");
                for (Parameter parameter : rule.parameters()) {
                    json.writeStartObject();
                    json.writeStringField("key", parameter.key());
                    json.writeNumberField("default", parameter.defaultValue());
                    json.writeStringField("description", parameter.description());
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        return text.append(System.lineSeparator()).toString();
    }
}
