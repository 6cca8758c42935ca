package com.okradvisor.architecture;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The rooms of the README's "What is where" (docs/design.md, "Architecture"), held as one executable rule: each room
 * names every room it may use. The core, model ← text ← progress ← advisor ← view, knows nothing of
 * the adapters; settings and intake serve only the two adapters; the command line never uses the
 * Jira adapter; only the Jira adapter uses Atlassian's API and only the advisor uses Drools.
 */
@AnalyzeClasses(packages = "com.okradvisor", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule theRoomsUseOnlyTheRoomsBelowThem = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .ensureAllClassesAreContainedInArchitecture()
            .layer("Model").definedBy("com.okradvisor.model..")
            .layer("Text").definedBy("com.okradvisor.text..")
            .layer("Progress").definedBy("com.okradvisor.progress..")
            .layer("Advisor").definedBy("com.okradvisor.advisor..")
            .layer("View").definedBy("com.okradvisor.view..")
            .layer("Settings").definedBy("com.okradvisor.settings..")
            .layer("Intake").definedBy("com.okradvisor.intake..")
            .layer("Cli").definedBy("com.okradvisor.cli..")
            .layer("Jira").definedBy("com.okradvisor.jira..")
            .optionalLayer("Drools").definedBy("org.kie..", "org.drools..")
            .optionalLayer("Atlassian").definedBy("com.atlassian..")
            .whereLayer("Model").mayNotAccessAnyLayer()
            .whereLayer("Text").mayOnlyAccessLayers("Model")
            .whereLayer("Progress").mayOnlyAccessLayers("Model", "Text")
            .whereLayer("Advisor").mayOnlyAccessLayers("Model", "Text", "Progress", "Drools")
            .whereLayer("View").mayOnlyAccessLayers("Model", "Text", "Progress", "Advisor")
            .whereLayer("Settings").mayOnlyAccessLayers("Model", "Text", "Progress", "Advisor")
            .whereLayer("Intake").mayOnlyAccessLayers("Model", "Text", "Progress")
            .whereLayer("Cli").mayOnlyAccessLayers("Model", "Text", "Progress", "Advisor", "View", "Settings", "Intake")
            .whereLayer("Jira").mayOnlyAccessLayers(
                    "Model", "Text", "Progress", "Advisor", "View", "Settings", "Intake", "Atlassian");
}
