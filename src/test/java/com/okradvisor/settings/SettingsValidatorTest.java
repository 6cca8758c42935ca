package com.okradvisor.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One test per kind of problem; the command line, the store and the admin form all get these. */
class SettingsValidatorTest {

    @Test
    void acceptsNothingGivenAndTheDefaultsWritten() {
        assertThat(SettingsValidator.problems(Map.of())).isEmpty();
        assertThat(SettingsValidator.problems(SettingsCodec.values(OkrSettings.DEFAULTS))).isEmpty();
    }

    @Test
    void refusesANumberOutOfItsBoundsOrNotWholeOrNoNumberAtAll() {
        assertThat(described(Map.of("threshold.staleAfterDays", "366", "threshold.lateShare", "1.5",
                "progress.fiscalYearStartMonth", "4.5", "progress.inProgressWeight", "half"))).containsExactly(
                        "progress.inProgressWeight = \"half\": Enter a number such as 14 or 0.5.",
                        "progress.fiscalYearStartMonth = \"4.5\": Enter a whole number.",
                        "threshold.staleAfterDays = \"366\": Enter a number from 1 to 365.",
                        "threshold.lateShare = \"1.5\": Enter a number from 0 to 1.");
    }

    @Test
    void refusesADuplicateSimilarityBelowOneHalfWhichWouldCallKeyResultsMostlyApartDuplicates() {
        assertThat(described(Map.of("threshold.duplicateSimilarity", "0.49"))).containsExactly(
                "threshold.duplicateSimilarity = \"0.49\": Enter a number from 0.5 to 1.");
        assertThat(SettingsValidator.problems(Map.of("threshold.duplicateSimilarity", "0.5"))).isEmpty();
    }

    @Test
    void refusesABlankObjectiveTypeOrEpicLinkFieldAndAMappingThatFindsNoKpi() {
        assertThat(described(Map.of("objective.issueType", " ", "epicLink.field", "", "kpi.issueType", "", "kpi.label", " ")))
                .containsExactly(
                        "objective.issueType = \" \": Enter the issue type of objectives.",
                        "epicLink.field = \"\": Enter the name of the field that links an issue to its epic.",
                        "kpi.issueType = \"\": Enter an issue type or a label for KPIs, or both.",
                        "kpi.label = \" \": Enter an issue type or a label for KPIs, or both.");
    }

    @Test
    void takesAnyGroupNameForTheCoachViewOrNoneButRefusesControlCharactersAndOverlongNames() {
        assertThat(SettingsValidator.problems(Map.of("coach.group", ""))).isEmpty();
        assertThat(SettingsValidator.problems(Map.of("coach.group", " OKR coaches (EMEA) "))).isEmpty();
        assertThat(SettingsValidator.problems(Map.of("coach.group", "okr\u001b[2Jcoaches"))).singleElement()
                .satisfies(problem -> {
                    assertThat(problem.key()).isEqualTo("coach.group");
                    assertThat(problem.message()).isEqualTo("Enter a group name without control characters.");
                });
        assertThat(SettingsValidator.problems(Map.of("coach.group", "okr\u202Ecoaches"))).hasSize(1);
        assertThat(described(Map.of("coach.group", "g".repeat(256)))).singleElement().asString()
                .endsWith("Enter at most 255 characters.");
    }

    @Test
    void refusesAnEmptyLabelALabelWithSpacesAndOneLabelForBothKinds() {
        assertThat(described(Map.of("objective.topLevelLabel", "", "objective.committedLabel", "must win")))
                .containsExactly(
                        "objective.topLevelLabel = \"\": Enter a label.",
                        "objective.committedLabel = \"must win\": Enter a label without spaces, as Jira's labels are.");
        assertThat(described(Map.of("objective.committedLabel", "Stretch", "objective.aspirationalLabel", "stretch")))
                .containsExactly(
                        "objective.committedLabel = \"Stretch\": Enter different labels for committed and aspirational objectives.",
                        "objective.aspirationalLabel = \"stretch\": Enter different labels for committed and aspirational objectives.");
        assertThat(described(Map.of("objective.committedLabel", "aspirational"))).containsExactly(
                "objective.committedLabel = \"aspirational\": Enter different labels for committed and aspirational objectives.");
        assertThat(described(Map.of("objective.committedLabel", "aspirational", "objective.aspirationalLabel", "committed")))
                .isEmpty();
    }

    @Test
    void boundsEveryNameAndList() {
        String longName = "n".repeat(SettingsValidator.MAX_NAME_CHARS + 1);
        String longList = "Supports, ".repeat(SettingsValidator.MAX_LIST_CHARS / 10 + 1);

        assertThat(SettingsValidator.problems(Map.of("objective.label", longName, "alignment.linkTypes", "Supports, " + longName,
                "rules.disabled", longList)))
                .extracting(SettingsProblem::message).containsExactly(
                        "Enter at most 255 characters.",
                        "Enter names of at most 255 characters each.",
                        "Enter at most 10000 characters.");
        assertThat(SettingsValidator.problems(Map.of("objective.label", "n".repeat(SettingsValidator.MAX_NAME_CHARS)))).isEmpty();
    }

    @Test
    void namesAnUnknownKeyAndListsTheKnownOnes() {
        assertThat(SettingsValidator.problems(Map.of("threshold.staleDays", "60"))).singleElement().satisfies(problem -> {
            assertThat(problem.key()).isEqualTo("threshold.staleDays");
            assertThat(problem.message()).startsWith("Unknown key; known keys: objective.issueType, objective.label,")
                    .contains("threshold.staleAfterDays");
        });
    }

    private static List<String> described(Map<String, String> values) {
        return SettingsValidator.problems(values).stream().map(SettingsProblem::describe).toList();
    }

    @Test
    void showsAtMostFortyCharactersOfTheValue() {
        SettingsProblem problem = SettingsValidator.problems(Map.of("epicLink.field", "x".repeat(300))).get(0);

        assertThat(problem.value()).hasSize(40).endsWith("x…");
    }
}
