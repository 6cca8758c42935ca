package com.okradvisor.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The boundaries of the architecture (docs/design.md, "Architecture"), held as executable rules. */
@AnalyzeClasses(packages = "com.okradvisor", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] CORE = {
        "com.okradvisor.model..", "com.okradvisor.progress..", "com.okradvisor.advisor..",
        "com.okradvisor.report..", "com.okradvisor.intake..", "com.okradvisor.settings.."
    };

    @ArchTest
    static final ArchRule theCoreKnowsNothingOfJiraOrTheCommandLine = noClasses()
            .that().resideInAnyPackage(CORE)
            .should().dependOnClassesThat().resideInAnyPackage("com.okradvisor.jira..", "com.okradvisor.cli..", "com.atlassian..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule theCommandLineNeverUsesTheJiraAdapter = noClasses()
            .that().resideInAPackage("com.okradvisor.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("com.okradvisor.jira..", "com.atlassian..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule onlyTheJiraAdapterImportsAtlassian = noClasses()
            .that().resideOutsideOfPackage("com.okradvisor.jira..")
            .and().resideInAPackage("com.okradvisor..")
            .should().dependOnClassesThat().resideInAPackage("com.atlassian..");

    @ArchTest
    static final ArchRule onlyTheAdaptersUseTheSettings = noClasses()
            .that().resideInAPackage("com.okradvisor..")
            .and().resideOutsideOfPackages("com.okradvisor.settings..", "com.okradvisor.cli..", "com.okradvisor.jira..")
            .should().dependOnClassesThat().resideInAPackage("com.okradvisor.settings..");

    @ArchTest
    static final ArchRule theModelDependsOnNothingElseOfOurs = noClasses()
            .that().resideInAPackage("com.okradvisor.model..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "com.okradvisor.progress..", "com.okradvisor.advisor..", "com.okradvisor.report..",
                    "com.okradvisor.intake..");

    @ArchTest
    static final ArchRule droolsStaysInsideTheAdvisor = noClasses()
            .that().resideOutsideOfPackage("com.okradvisor.advisor..")
            .and().resideInAPackage("com.okradvisor..")
            .should().dependOnClassesThat().resideInAnyPackage("org.kie..", "org.drools..");
}
