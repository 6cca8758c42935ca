package com.okradvisor.advisor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.regex.Matcher;
import java.util.stream.Collectors;

/**
 * Renders the catalogue as {@code docs/rules.md}: one section per shipped rule file, in catalogue
 * order, each rule with its key, severity, title, rationale, remedy and parameters. The section's
 * heading and intro come from the file's first line ({@link ShippedRules#THEME_LINE}).
 */
final class RuleCatalogueMarkdown {

    static final String REGENERATE = "mvn test -Dtest=RulesDocTest -Dokr.updateDocs=true";

    private final RuleCatalogue catalogue;
    private final StringBuilder out = new StringBuilder();

    private RuleCatalogueMarkdown(RuleCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    static String render(RuleCatalogue catalogue) {
        return new RuleCatalogueMarkdown(catalogue).document();
    }

    private String document() {
        line("# Rule catalogue");
        line("");
        line("<!-- Generated from the rules' metadata in rules/*.drl; do not edit. After changing a rule run: "
                + REGENERATE + " -->");
        line("");
        line("Every rule has a stable key (use it to disable the rule), a severity, and thresholds an admin can change. "
                + "A rule looks only at active items unless its rationale says otherwise.");
        catalogue.entries().stream().filter(RuleEntry::shipped)
                .collect(Collectors.groupingBy(RuleEntry::source, LinkedHashMap::new, Collectors.toList()))
                .forEach(this::theme);
        return out.toString();
    }

    private void theme(String file, List<RuleEntry> entries) {
        Matcher theme = ShippedRules.THEME_LINE.matcher(firstLine(file));
        if (!theme.matches()) {
            throw new IllegalStateException("rules/" + file + " must start with '// <place>. <Theme>: what it looks at'");
        }
        line("");
        line("## " + theme.group(2).strip() + " (`rules/" + file + "`)");
        line("");
        line(capitalised(theme.group(3).strip()));
        line("");
        line("| key | severity | title |");
        line("| --- | --- | --- |");
        entries.forEach(entry -> line("| [`" + entry.key() + "`](#" + entry.key() + ") | " + entry.severity() + " | "
                + cell(entry.title()) + " |"));
        entries.forEach(this::rule);
    }

    private void rule(RuleEntry entry) {
        line("");
        line("### " + entry.key());
        line("");
        line("**" + entry.title() + "** (" + entry.severity() + ")");
        line("");
        line("- Why: " + entry.rationale());
        line("- Remedy: " + entry.remedy());
        if (entry.parameters().isEmpty()) {
            line("- Parameters: none");
            return;
        }
        line("- Parameters:");
        line("");
        line("  | parameter | default | description |");
        line("  | --- | --- | --- |");
        entry.parameters().forEach(parameter -> line("  | `" + parameter.key() + "` | "
                + parameter.format(parameter.defaultValue()) + " | " + cell(parameter.description()) + " |"));
    }

    private void line(String text) {
        out.append(text).append('\n');
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String firstLine(String file) {
        try (InputStream in = RuleCatalogueMarkdown.class.getClassLoader().getResourceAsStream("rules/" + file)) {
            if (in == null) {
                throw new IllegalStateException("rules/" + file + " is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().findFirst().orElse("");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
