package com.okradvisor.advisor;

import static com.okradvisor.testing.Okr.AS_OF;
import static com.okradvisor.testing.Okr.keyResult;
import static com.okradvisor.testing.Okr.objective;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.okradvisor.model.Finding;
import com.okradvisor.model.Portfolio;
import com.okradvisor.model.Severity;
import com.okradvisor.testing.CustomRules;
import com.okradvisor.testing.Okr;
import com.okradvisor.testing.PortfolioGenerator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AdvisorTest {

    private static final Parameter MAX_KEY_RESULTS = Parameter.fromKey("maxKeyResults").orElseThrow();
    private static final Advisor ADVISOR = RuleVerifier.ADVISOR;

    /** An objective that breaks several rules at once: no owner, one vague key result with no number. */
    private static final Portfolio TROUBLED = Okr.portfolio(
            objective("GRO-1").unassigned().keyResults(keyResult("GRO-12").summary("Improve onboarding").checkIns()),
            objective("MOB-1").keyResults(keyResult("MOB-2").summary("Launch the app").unassigned()));

    @Test
    void sortsFindingsBySeverityThenIssueThenRule() {
        List<Finding> findings = ADVISOR.evaluate(TROUBLED, AdvisorSettings.DEFAULTS, AS_OF);

        assertThat(findings).isNotEmpty().isSortedAccordingTo(Finding.ORDER);
        assertThat(findings.get(0).severity()).isEqualTo(Severity.CRITICAL);
        assertThat(findings).extracting(Finding::rule)
                .contains("kr-unmeasurable", "kr-vague-wording", "objective-without-owner", "kr-is-activity", "kr-without-owner");
    }

    @Test
    void returnsFindingsThatCannotBeChanged() {
        List<Finding> findings = ADVISOR.evaluate(TROUBLED, AdvisorSettings.DEFAULTS, AS_OF);

        assertThatThrownBy(() -> findings.add(findings.get(0))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void addsTheCataloguesRemedyToEveryFinding() {
        Finding finding = ADVISOR.evaluate(TROUBLED, AdvisorSettings.DEFAULTS, AS_OF).get(0);

        assertThat(finding.remedy()).isEqualTo(ADVISOR.catalogue().entry(finding.rule()).orElseThrow().remedy());
    }

    @Test
    void leavesOutRulesThatAreSwitchedOff() {
        AdvisorSettings settings = AdvisorSettings.DEFAULTS.withDisabled(Set.of("kr-unmeasurable", "kr-without-owner"));

        assertThat(ADVISOR.evaluate(TROUBLED, settings, AS_OF)).extracting(Finding::rule)
                .doesNotContain("kr-unmeasurable", "kr-without-owner")
                .contains("kr-vague-wording");
    }

    @Test
    void worksWhenTheCallersContextClassLoaderCannotSeeDrools() throws Exception {
        ClassLoader blind = new ClassLoader(null) {
        };
        Thread thread = Thread.currentThread();
        ClassLoader original = thread.getContextClassLoader();
        thread.setContextClassLoader(blind);
        try {
            assertThatThrownBy(() -> blind.loadClass("org.kie.api.KieBase")).isInstanceOf(ClassNotFoundException.class);

            Advisor advisor = Advisor.load(AdvisorTest.class.getClassLoader());
            List<Finding> findings = advisor.evaluate(TROUBLED, AdvisorSettings.DEFAULTS, AS_OF);

            assertThat(findings).isEqualTo(ADVISOR.evaluate(TROUBLED, AdvisorSettings.DEFAULTS, AS_OF));
            assertThat(thread.getContextClassLoader()).as("context class loader restored").isSameAs(blind);
        } finally {
            thread.setContextClassLoader(original);
        }
    }

    @Test
    void givesIdenticalResultsToEightThreadsSharingOneAdvisor() throws Exception {
        List<Finding> expected = ADVISOR.evaluate(TROUBLED, AdvisorSettings.DEFAULTS, AS_OF);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<Finding>>> results = new ArrayList<>();
            for (int i = 0; i < 1_000; i++) {
                results.add(pool.submit(() -> ADVISOR.evaluate(TROUBLED, AdvisorSettings.DEFAULTS, AS_OF)));
            }
            for (Future<List<Finding>> result : results) {
                assertThat(result.get(1, TimeUnit.MINUTES)).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void runsCustomRulesBesideTheShippedOnes() throws RuleFileException {
        Advisor custom = ADVISOR.withCustomRules(Map.of("acme.drl", CustomRules.VENDOR_RULE));

        List<Finding> findings = custom.evaluate(CustomRules.withVendorKeyResult(), AdvisorSettings.DEFAULTS, AS_OF);

        assertThat(findings).containsExactly(new Finding("acme-no-vendor-names", Severity.INFO, "GRO-103",
                "KR GRO-103 names a vendor", "Name the outcome instead of the vendor."));
        assertThat(custom.catalogue().entry("acme-no-vendor-names")).hasValueSatisfying(entry -> {
            assertThat(entry.shipped()).isFalse();
            assertThat(entry.source()).isEqualTo("acme.drl");
        });
        assertThat(custom.customRules()).containsOnlyKeys("acme.drl");
        assertThat(ADVISOR.evaluate(CustomRules.withVendorKeyResult(), AdvisorSettings.DEFAULTS, AS_OF)).isEmpty();
    }

    @Test
    void refusesARuleFileThatDoesNotCompileWithItsLineAndKeepsTheRulesInForce() throws RuleFileException {
        Advisor custom = ADVISOR.withCustomRules(Map.of("acme.drl", CustomRules.VENDOR_RULE));

        assertThatThrownBy(() -> custom.withCustomRules(Map.of("acme.drl", CustomRules.BROKEN)))
                .isInstanceOfSatisfying(RuleFileException.class, e -> assertThat(e.problems())
                        .anySatisfy(problem -> {
                            assertThat(problem.file()).isEqualTo("acme.drl");
                            assertThat(problem.line()).isEqualTo(CustomRules.BROKEN_LINE);
                            assertThat(problem.message()).contains("nosuchfield");
                        }));
        assertThat(custom.evaluate(CustomRules.withVendorKeyResult(), AdvisorSettings.DEFAULTS, AS_OF)).hasSize(1);
    }

    @Test
    void refusesACustomRuleThatReusesAShippedKey() {
        String clash = CustomRules.VENDOR_RULE.replace("acme-no-vendor-names", "kr-unmeasurable");

        assertThatThrownBy(() -> ADVISOR.withCustomRules(Map.of("acme.drl", clash)))
                .isInstanceOf(RuleFileException.class)
                .hasMessageContaining("acme.drl: rule \"Key result mentions a vendor\" uses key kr-unmeasurable, "
                        + "which measurability.drl already uses");
    }

    @Test
    void refusesACustomRuleWithoutCatalogueMetadata() {
        String bare = CustomRules.VENDOR_RULE.replace("    @remedy(\"Name the outcome instead of the vendor.\")\n", "")
                .replace("@severity(\"INFO\")", "@severity(\"HIGH\")");

        assertThatThrownBy(() -> ADVISOR.withCustomRules(Map.of("acme.drl", bare)))
                .hasMessageContaining("acme.drl: rule \"Key result mentions a vendor\" lacks @remedy");
    }

    @Test
    void refusesAnUnknownSeverity() {
        String odd = CustomRules.VENDOR_RULE.replace("@severity(\"INFO\")", "@severity(\"HIGH\")");

        assertThatThrownBy(() -> ADVISOR.withCustomRules(Map.of("acme.drl", odd)))
                .hasMessageContaining("has severity 'HIGH'; use CRITICAL, MAJOR, MINOR or INFO");
    }

    @Test
    void refusesARuleFileNamedLikeAShippedOneOrNotDrl() {
        assertThatThrownBy(() -> ADVISOR.withCustomRules(Map.of("cadence.drl", CustomRules.VENDOR_RULE, "../evil.txt", CustomRules.VENDOR_RULE)))
                .isInstanceOfSatisfying(RuleFileException.class, e -> assertThat(e.problems()).extracting(RuleProblem::toString)
                        .containsExactlyInAnyOrder(
                                "cadence.drl: a shipped rule file has this name; choose another",
                                "../evil.txt: a rule file's name must end in .drl and name no folder"));
    }

    @Test
    void keepsTheAdvisorWhenTheCustomRulesAreTheOnesInForce() throws RuleFileException {
        Advisor custom = ADVISOR.withCustomRules(Map.of("acme.drl", CustomRules.VENDOR_RULE));

        assertThat(ADVISOR.withCustomRules(Map.of())).isSameAs(ADVISOR);
        assertThat(custom.withCustomRules(Map.of("acme.drl", CustomRules.VENDOR_RULE))).isSameAs(custom);
        assertThat(custom.withCustomRules(Map.of()).customRules()).isEmpty();
    }

    @Test
    void runsACustomRuleWrittenInTheShippedRulesPackage() throws RuleFileException {
        Advisor custom = ADVISOR.withCustomRules(Map.of("acme.drl",
                CustomRules.VENDOR_RULE.replace("package acme.rules;", "package okradvisor.rules;")));

        assertThat(custom.evaluate(CustomRules.withVendorKeyResult(), AdvisorSettings.DEFAULTS, AS_OF))
                .extracting(Finding::rule).containsExactly("acme-no-vendor-names");
        assertThat(custom.evaluate(TROUBLED, AdvisorSettings.DEFAULTS, AS_OF))
                .isEqualTo(ADVISOR.evaluate(TROUBLED, AdvisorSettings.DEFAULTS, AS_OF));
    }

    @Test
    void judgesAPortfolioInBatchesWithTheFindingsOfOneSession() throws RuleFileException {
        Portfolio portfolio = PortfolioGenerator.portfolio(PortfolioGenerator.SEED, 2_000);
        Advisor oneSession = ADVISOR.withCustomRules(Map.of("join.drl", customRule(
                "$o : ObjectiveFact( key == \"NONE-1\" )\n    $kr : KeyResultFact( objectiveKey == $o.key )")));

        List<Finding> batched = ADVISOR.evaluate(portfolio, AdvisorSettings.DEFAULTS, PortfolioGenerator.AS_OF);

        assertThat(ADVISOR.evaluatesInBatches()).isTrue();
        assertThat(oneSession.evaluatesInBatches()).isFalse();
        assertThat(batched).hasSizeGreaterThan(10_000)
                .isEqualTo(oneSession.evaluate(portfolio, AdvisorSettings.DEFAULTS, PortfolioGenerator.AS_OF));
    }

    @Test
    void givesACustomRuleThatJoinsFactsTheWholePortfolio() throws RuleFileException {
        Portfolio portfolio = PortfolioGenerator.portfolio(PortfolioGenerator.SEED, 2_000);
        String first = portfolio.objectives().get(0).key();
        String last = portfolio.objectives().get(portfolio.objectives().size() - 1).key();
        Advisor custom = ADVISOR.withCustomRules(Map.of("ends.drl", CustomRules.VENDOR_RULE.replace(CustomRules.CONDITION,
                "$kr : ObjectiveFact( key == \"" + first + "\" )\n    ObjectiveFact( key == \"" + last + "\" )")));

        assertThat(custom.evaluate(portfolio, AdvisorSettings.DEFAULTS, PortfolioGenerator.AS_OF))
                .filteredOn(finding -> finding.rule().equals(CustomRules.KEY)).extracting(Finding::issueKey)
                .containsExactly(first);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            one pattern             | $kr : KeyResultFact( ageDays > 3 )                                      | true
            one and the thresholds  | Thresholds( $d : staleAfterDays )\\n $kr : KeyResultFact( ageDays > $d )   | true
            two patterns            | $o : ObjectiveFact( )\\n $kr : KeyResultFact( objectiveKey == $o.key )    | false
            not                     | $kr : KeyResultFact( )\\n not ObjectiveFact( key == $kr.objectiveKey )    | false
            exists                  | $kr : KeyResultFact( )\\n exists KpiFact( )                               | false
            accumulate              | Number( intValue > 1 ) from accumulate( ObjectiveFact( ), count( 1 ) ) | false
            eval                    | $kr : KeyResultFact( )\\n eval( $kr.ageDays() > 3 )                       | false
            only the thresholds     | Thresholds( maxKeyResults > 1 )                                        | false
            no condition            | ''                                                                     | false
            """)
    void judgesInBatchesOnlyWhenEveryRuleMatchesOneFact(String shape, String conditions, boolean batches)
            throws RuleFileException {
        Advisor custom = ADVISOR.withCustomRules(Map.of("shape.drl", customRule(conditions.replace("\\n", "\n"))));

        assertThat(custom.evaluatesInBatches()).as(shape).isEqualTo(batches);
    }

    @Test
    void refusesAnActivationGroupWhichWouldTieRulesThatRunInSessionsOfTheirOwn() {
        String grouped = customRule("$kr : KeyResultFact( )").replace("\nwhen\n", "\n    activation-group \"one\"\nwhen\n");

        assertThatThrownBy(() -> ADVISOR.withCustomRules(Map.of("group.drl", grouped)))
                .isInstanceOfSatisfying(RuleFileException.class, e -> assertThat(e.problems()).first()
                        .hasToString("group.drl:11: rule \"Key result mentions a vendor\": 'activation' is not allowed before"
                                + " when: a custom rule carries its catalogue metadata and at most salience, no-loop and"
                                + " lock-on-active"));
    }

    @Test
    void givesCustomRulesTheThresholdsInForceAsAGlobalAndAsAFact() throws RuleFileException {
        String readingTheGlobal = CustomRules.VENDOR_RULE
                .replace("global com.okradvisor.advisor.FindingCollector findings;",
                        "global com.okradvisor.advisor.FindingCollector findings;\n"
                                + "global com.okradvisor.advisor.fact.Thresholds thresholds;")
                .replace(CustomRules.CONDITION, "$kr : KeyResultFact( summary.contains(\"Salesforce\"), thresholds.maxKeyResults == 1 )");
        String joiningTheFact = CustomRules.VENDOR_RULE
                .replace("acme-no-vendor-names", "acme-fact").replace("Key result mentions a vendor", "Joins the fact")
                .replace(CustomRules.CONDITION, "Thresholds( maxKeyResults == 1 )\n    " + CustomRules.CONDITION);
        Advisor custom = ADVISOR.withCustomRules(Map.of("global.drl", readingTheGlobal, "fact.drl", joiningTheFact));
        AdvisorSettings oneKeyResult = AdvisorSettings.DEFAULTS.with(MAX_KEY_RESULTS, 1);

        assertThat(custom.evaluate(CustomRules.withVendorKeyResult(), oneKeyResult, AS_OF))
                .extracting(Finding::rule).contains("acme-no-vendor-names", "acme-fact");
        assertThat(custom.evaluate(CustomRules.withVendorKeyResult(), AdvisorSettings.DEFAULTS, AS_OF)).isEmpty();
    }

    @Test
    void listsTheThresholdsACustomRuleReadsAsItsParameters() throws RuleFileException {
        String readingTwo = CustomRules.VENDOR_RULE
                .replace("global com.okradvisor.advisor.FindingCollector findings;",
                        "global com.okradvisor.advisor.FindingCollector findings;\n"
                                + "global com.okradvisor.advisor.fact.Thresholds thresholds;")
                .replace(CustomRules.CONDITION, "$kr : KeyResultFact( ageDays > thresholds.staleAfterDays,"
                        + " summary.contains(\"Salesforce\") )")
                .replace("\" names a vendor\"", "\" names a vendor, \" + thresholds.maxKeyResults()");

        assertThat(ADVISOR.withCustomRules(Map.of("acme.drl", readingTwo)).catalogue().entry("acme-no-vendor-names"))
                .hasValueSatisfying(entry -> assertThat(entry.parameters()).extracting(Parameter::key)
                        .containsExactly("staleAfterDays", "maxKeyResults"));
    }

    @Test
    void refusesACustomRuleThatWouldReplaceAShippedRuleOfTheSameName() {
        String twin = CustomRules.VENDOR_RULE.replace("package acme.rules;", "package okradvisor.rules;")
                .replace("rule \"Key result mentions a vendor\"", "rule \"Single key result\"");

        assertThatThrownBy(() -> ADVISOR.withCustomRules(Map.of("acme.drl", twin)))
                .isInstanceOfSatisfying(RuleFileException.class, e -> assertThat(e.problems()).extracting(RuleProblem::toString)
                        .containsExactly("acme.drl: rule \"Single key result\" has the name of a shipped rule in package "
                                + "okradvisor.rules (structure.drl); choose another"));
        assertThat(ADVISOR.catalogue().entry("single-key-result")).isPresent();
    }

    @Test
    void saysTheShippedRulesAreMissingWhenTheBuildDidNotCompileThem() {
        ClassLoader withoutModel = new ClassLoader(AdvisorTest.class.getClassLoader()) {
            @Override
            public java.io.InputStream getResourceAsStream(String name) {
                return ShippedRules.INDEX.equals(name) ? null : super.getResourceAsStream(name);
            }
        };

        assertThatThrownBy(() -> Advisor.load(withoutModel))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage(ShippedRules.INDEX + " is not on the class path: the shipped rules are compiled"
                        + " by the build (mvn process-classes), not at run time");
    }

    /** {@link CustomRules#VENDOR_RULE} with these conditions, reporting on GRO-1. */
    private static String customRule(String conditions) {
        return CustomRules.VENDOR_RULE.replace(CustomRules.CONDITION, conditions)
                .replace("$kr.key(), \"KR \" + $kr.key() + \" names a vendor\"", "\"GRO-1\", \"matched\"");
    }
}
