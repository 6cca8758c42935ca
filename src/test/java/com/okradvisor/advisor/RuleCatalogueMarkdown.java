package com.okradvisor.advisor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.stream.Collectors;

/**
 * Renders the catalogue as {@code docs/rules.md}: one section per shipped rule file, in catalogue
 * order, each rule with its key, severity, title, rationale, remedy, parameters and the two examples its
 * fixture marks ({@link RuleExample}): a case that fires, with its exact message, and a near miss. The
 * section's heading and intro come from the file's first line ({@link ShippedRules#THEME_LINE}).
 */
final class RuleCatalogueMarkdown {

    static final String REGENERATE = "mvn test -Dtest=RulesDocTest -Dokr.updateDocs=true";

    private final RuleCatalogue catalogue;
    private final Map<String, RuleExamples.Page> pages;
    private final StringBuilder out = new StringBuilder();

    private RuleCatalogueMarkdown(RuleCatalogue catalogue, Map<String, RuleExamples.Page> pages) {
        this.catalogue = catalogue;
        this.pages = pages;
    }

    /** The document, each rule with the examples of {@code pages}, which must hold every shipped rule. */
    static String render(RuleCatalogue catalogue, Map<String, RuleExamples.Page> pages) {
        return new RuleCatalogueMarkdown(catalogue, pages).document();
    }

    private String document() {
        line("# Rule catalogue");
        line("");
        line("<!-- Generated from the rules' metadata in rules/*.drl and their fixtures' @RuleExample cases; do not edit."
                + " After changing a rule or its examples run: "
                + REGENERATE + " -->");
        line("");
        line("Every rule has a stable key (use it to disable the rule), a severity, and thresholds an admin can change. "
                + "A rule looks only at active items unless its rationale says otherwise. "
                + "Each rule shows an example that fires, with the exact message it reports, and one that does not: "
                + "both are cases of the rule's tests, run to write this page.");
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
        } else {
            line("- Parameters:");
            line("");
            line("  | parameter | default | description |");
            line("  | --- | --- | --- |");
            entry.parameters().forEach(parameter -> line("  | `" + parameter.key() + "` | "
                    + parameter.format(parameter.defaultValue()) + " | " + cell(parameter.description()) + " |"));
            line("");
        }
        RuleExamples.Page page = pages.get(entry.key());
        if (page == null) {
            throw new IllegalStateException("rule " + entry.key() + " has no page examples: mark its fixture's case that"
                    + " fires and its near miss with @RuleExample (CONTRIBUTING.md, Add a rule)");
        }
        example("fires", page.fires());
        example("does not fire", page.doesNotFire());
    }

    /** One example: what the case is, the issue's summary and the exact messages the rule reports, if any. */
    private void example(String outcome, RuleExamples.Example example) {
        line("- Example that " + outcome + ", *" + example.caption() + "*:");
        line("  - " + example.kind() + " " + example.issueKey() + ": " + code(example.summary()));
        if (example.messages().isEmpty()) {
            line("  - reported: nothing");
        }
        example.messages().forEach(message -> line("  - reported: " + code(message)));
    }

    private void line(String text) {
        out.append(text).append('\n');
    }

    /** Text as a Markdown code span, which shows it as it is: fenced by more backticks than it holds in a row. */
    private static String code(String text) {
        int longest = 0;
        int run = 0;
        for (char c : text.toCharArray()) {
            run = c == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(longest + 1);
        String padding = text.startsWith("`") || text.endsWith("`") || text.isEmpty() ? " " : "";
        return fence + padding + text + padding + fence;
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
