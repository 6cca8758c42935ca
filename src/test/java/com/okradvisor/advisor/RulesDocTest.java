package com.okradvisor.advisor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/rules.md} is generated from the catalogue and the rule fixtures' examples and committed;
 * this test keeps it current.
 * Run with {@code -Dokr.updateDocs=true} to rewrite it.
 */
class RulesDocTest {

    private static final Path RULES_DOC = Path.of("docs/rules.md");
    private static final boolean UPDATE = Boolean.getBoolean("okr.updateDocs");

    @Test
    void docsRulesMdMatchesTheCatalogue() throws IOException {
        String rendered = RuleCatalogueMarkdown.render(RuleVerifier.ADVISOR.catalogue(), RuleExamples.pages());
        if (UPDATE) {
            Files.createDirectories(RULES_DOC.getParent());
            Files.writeString(RULES_DOC, rendered);
        }
        String committed = Files.exists(RULES_DOC) ? Files.readString(RULES_DOC) : "";
        assertThat(committed).as("%s is out of date with the rules; regenerate it with: %s",
                RULES_DOC, RuleCatalogueMarkdown.REGENERATE).isEqualTo(rendered);
    }
}
