package com.okradvisor.advisor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.okradvisor.advisor.fact.Thresholds;
import com.okradvisor.model.Finding;
import com.okradvisor.testing.CustomRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What a custom rule may reach is checked when it is compiled: each red-team reach is refused naming the
 * file, the line and the rule, and honest rules (the README's, CONTRIBUTING's, the fixtures', the shipped
 * catalogue's) still pass.
 */
class ConfinementTest {

    private static final Advisor ADVISOR = RuleVerifier.ADVISOR;
    /** The line of {@link CustomRules#VENDOR_RULE}'s consequence. */
    private static final int CONSEQUENCE_LINE = 14;
    private static final String RULE = "rule \"Key result mentions a vendor\": ";

    @Test
    void letsACustomRuleReadEveryFactThePackageHolds() throws Exception {
        Path facts = Path.of(Thresholds.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve(Thresholds.class.getPackageName().replace('.', '/'));
        List<Class<?>> records = new ArrayList<>();
        try (Stream<Path> files = Files.list(facts)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class") && !f.toString().contains("$")).toList()) {
                String name = file.getFileName().toString();
                Class<?> type = Class.forName(Thresholds.class.getPackageName() + "." + name.substring(0, name.length() - 6));
                if (type.isRecord()) {
                    records.add(type);
                }
            }
        }

        assertThat(Confinement.FACT_TYPES).as("a new fact must be listed for custom rules to read it")
                .containsExactlyInAnyOrderElementsOf(records);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            System.exit                  | System.exit(0);                                                  | 'System' is not allowed
            Runtime.exec                 | Runtime.getRuntime().exec("rm -rf /tmp/x");                      | 'Runtime' is not allowed
            ProcessBuilder               | new ProcessBuilder("sh").start();                                | 'new' is refused
            a thread                     | Thread.sleep(100000);                                            | 'Thread' is not allowed
            a file read with Files       | String s = java.nio.file.Files.readString(java.nio.file.Path.of("/etc/passwd")); | 'java' is not allowed
            a file read with File        | String s = String.valueOf(new java.io.File("/etc/passwd").length()); | 'new' is refused
            a URL                        | String s = String.valueOf(java.net.URI.create("http://x").toURL().openStream().read()); | 'java' is not allowed
            Class.forName                | String s = String.valueOf(Class.forName("java.lang.Runtime"));   | 'Class' is not allowed
            getClass                     | String s = $kr.getClass().getName();                             | '.getClass' is not allowed
            a qualified java.lang.System | java.lang.System.exit(0);                                        | 'java' is not allowed
            a loop                       | while (true) { }                                                 | 'while' is refused: loops are refused
            kcontext                     | kcontext.getKieRuntime().halt();                                 | 'kcontext' is refused
            drools member access         | drools.halt();                                                   | drools may be used only as the first argument of findings.report
            insert                       | insert($kr);                                                     | 'insert' is refused
            a lambda                     | Runnable r = () -> { };                                          | 'Runnable' is not allowed
            a regular expression         | boolean b = $kr.summary().matches("(a+)+b");                     | '.matches' is not allowed
            """)
    void refusesAConsequenceThatReachesFurtherThanTheFacts(String reach, String statement, String message) {
        String drl = CustomRules.VENDOR_RULE.replace("then\n", "then\n    " + statement + "\n");

        assertThatThrownBy(() -> ADVISOR.withCustomRules(Map.of(CustomRules.FILE, drl)))
                .isInstanceOfSatisfying(RuleFileException.class, e -> assertThat(e.problems()).first().satisfies(problem -> {
                    assertThat(problem.file()).isEqualTo(CustomRules.FILE);
                    assertThat(problem.line()).as(reach).isEqualTo(CONSEQUENCE_LINE);
                    assertThat(problem.message()).as(reach).startsWith(RULE + message);
                }));
    }

    @Test
    void refusesAUnicodeEscapedIdentifierAnywhereEvenInAComment() {
        String hidden = CustomRules.VENDOR_RULE.replace("then\n", "then\n    // \\u000a System.exit(0);\n");

        assertThatThrownBy(() -> ADVISOR.withCustomRules(Map.of(CustomRules.FILE, hidden)))
                .isInstanceOfSatisfying(RuleFileException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(problem -> {
                            assertThat(problem.line()).isEqualTo(CONSEQUENCE_LINE);
                            assertThat(problem.message()).startsWith("unicode escapes (\\u) are refused anywhere");
                        }));
    }

    @Test
    void refusesANameOutsideAsciiSuchAsOneWithAZeroWidthSpaceJavacWouldDrop() {
        String drl = CustomRules.VENDOR_RULE.replace("then\n", "then\n    Sys\u200Btem.exit(0);\n");

        assertThat(Confinement.check(CustomRules.FILE, drl)).first().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(CONSEQUENCE_LINE);
            assertThat(problem.message()).startsWith(RULE + "names are written in ASCII");
        });
    }

    @Test
    void refusesAConditionThatReachesTheSystem() {
        String drl = CustomRules.VENDOR_RULE.replace(CustomRules.CONDITION,
                "$kr : KeyResultFact( summary.contains(System.getProperty(\"user.home\")) )");

        assertThatThrownBy(() -> ADVISOR.withCustomRules(Map.of(CustomRules.FILE, drl)))
                .isInstanceOfSatisfying(RuleFileException.class, e -> assertThat(e.problems()).extracting(RuleProblem::toString)
                        .containsExactly(CustomRules.FILE + ":12: " + RULE + "'System' is not allowed: a custom rule may reach"
                                + " only the facts, the findings collector, the thresholds, the Texts functions and the"
                                + " file's own functions", CustomRules.FILE + ":12: " + RULE + "'.getProperty' is not allowed:"
                                + " a custom rule reads the facts' accessors, the thresholds and a few String, date, number,"
                                + " collection and Math methods"));
    }

    @Test
    void refusesImportsGlobalsAndStatementsBeyondTheFactsAndTexts() {
        String drl = CustomRules.VENDOR_RULE.replace("import com.okradvisor.advisor.fact.*;",
                "import com.okradvisor.advisor.fact.*;\nimport java.io.File;\nimport function java.lang.System.exit;\n"
                        + "global java.lang.Runtime runtime;\ndeclare Leak end");

        assertThat(Confinement.check("x.drl", drl)).extracting(RuleProblem::line).containsExactly(3, 4, 5, 6, 6, 6);
    }

    @Test
    void refusesAFunctionThatCallsAFunctionOfTheFile() {
        String drl = CustomRules.VENDOR_RULE.replace("rule \"Key", """
                function int deep(int n) { return deep(n - 1) + 1; }
                rule "Key""");

        assertThat(Confinement.check("x.drl", drl)).extracting(RuleProblem::toString)
                .containsExactly("x.drl:5: function deep: a function may not call a function of the file (so that no"
                        + " recursion can run without end)");
    }

    @Test
    void letsAnHonestRuleUseFunctionsLocalsTextsMathAndStringMethods() throws RuleFileException {
        String drl = CustomRules.VENDOR_RULE
                .replace("import com.okradvisor.advisor.fact.*;", """
                        import com.okradvisor.advisor.fact.*;
                        import function com.okradvisor.text.Texts.quote;
                        import function com.okradvisor.text.Texts.percent;
                        global com.okradvisor.advisor.fact.Thresholds thresholds;
                        function String label(KeyResultFact kr) { return kr.key().toLowerCase() + " " + percent(kr.progress()); }""")
                .replace("@remedy(\"Name the outcome instead of the vendor.\")",
                        "@remedy(\"Name the outcome instead of the vendor.\")\n    salience 10\n    no-loop true")
                .replace(CustomRules.CONDITION, "$kr : KeyResultFact( summary.toLowerCase().contains(\"salesforce\"),"
                        + " ageDays >= 0, due == null || due.isAfter(cycleEnd) == false )\n    not KpiFact( key == \"NONE\" )")
                .replace("findings.report(drools, $kr.key(), \"KR \" + $kr.key() + \" names a vendor\");", """
                        String says = quote($kr.summary());
                        if ($kr.summary().length() > 3 && Math.abs($kr.progress()) >= 0) {
                                findings.report(drools, $kr.key(), label($kr) + " names a vendor: " + says);
                            }""");

        List<Finding> findings = ADVISOR.withCustomRules(Map.of(CustomRules.FILE, drl))
                .evaluate(CustomRules.withVendorKeyResult(), AdvisorSettings.DEFAULTS, com.okradvisor.testing.Okr.AS_OF);

        assertThat(findings).extracting(Finding::message)
                .containsExactly("gro-103 50% names a vendor: 'Sync 95% of leads to Salesforce within 1 hour'");
    }

    static Stream<Path> shippedRuleFiles() throws IOException {
        return Files.list(Path.of("rules")).filter(path -> path.toString().endsWith(".drl")).sorted();
    }

    @ParameterizedTest
    @MethodSource("shippedRuleFiles")
    void findsNothingToRefuseInTheShippedRules(Path file) throws IOException {
        assertThat(Confinement.check(file.getFileName().toString(), Files.readString(file))).isEmpty();
    }
}
