package com.okradvisor.settings;

import static com.okradvisor.testing.ChangedSettings.CHANGED;
import static org.assertj.core.api.Assertions.assertThat;

import com.okradvisor.advisor.Parameter;
import com.okradvisor.model.Mapping;
import com.okradvisor.model.ObjectiveMarks;
import com.okradvisor.progress.ProgressSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SettingsCodecTest {

    @Test
    void readsBackEqualSettingsFromTheTextItWrites() {
        OkrSettings withBackslashes = new OkrSettings(new Mapping("Initiative", "", "", "metric \\ kpi\\", Set.of("A\\B"),
                "Parent Link"), CHANGED.advisor());

        for (OkrSettings settings : List.of(CHANGED, withBackslashes)) {
            SettingsCodec.Decoded decoded = SettingsCodec.read(SettingsCodec.write(settings));

            assertThat(decoded.problems()).isEmpty();
            assertThat(decoded.settings()).isEqualTo(settings);
        }
    }

    @Test
    void writesEveryKeyOnceInTheDocumentedOrder() {
        String text = SettingsCodec.write(OkrSettings.DEFAULTS);

        assertThat(SettingsCodec.values(OkrSettings.DEFAULTS)).containsOnlyKeys(SettingsKeys.all());
        assertThat(text.lines().filter(line -> !line.startsWith("#")).map(line -> line.substring(0, line.indexOf(" = "))))
                .containsExactlyElementsOf(SettingsKeys.all());
        assertThat(text).contains("objective.issueType = Epic\n", "progress.inProgressWeight = 0.5\n",
                "threshold.staleAfterDays = 14\n", "threshold.lateShare = 0.75\n", "rules.disabled = \n");
    }

    @Test
    void readsTheDocumentedFileAsTheDefaults() throws IOException {
        String documented = Files.readString(Path.of("docs/okr-advisor.properties"), StandardCharsets.UTF_8);

        SettingsCodec.Decoded decoded = SettingsCodec.read(documented);

        assertThat(decoded.problems()).isEmpty();
        assertThat(decoded.settings()).isEqualTo(OkrSettings.DEFAULTS);
    }

    @Test
    void givesEachKeyLeftOutItsDefault() {
        OkrSettings settings = SettingsCodec.read(Map.of("threshold.staleAfterDays", " 60 ", "kpi.label", "")).settings();

        assertThat(settings.advisor().get(Parameter.fromKey("staleAfterDays").orElseThrow())).isEqualTo(60);
        assertThat(settings.mapping()).isEqualTo(new Mapping("Epic", "okr", "KPI", "", Set.of(), "Epic Link"));
        assertThat(settings.progress()).isEqualTo(ProgressSettings.DEFAULTS);
    }

    @Test
    void keepsTheDefaultForEachRefusedValueAndEveryValidOne() {
        SettingsCodec.Decoded decoded = SettingsCodec.read(
                Map.of("threshold.staleAfterDays", "0", "threshold.maxKeyResults", "3", "kpi.issueType", "", "kpi.label", ""));

        assertThat(decoded.settings().advisor().get(Parameter.fromKey("staleAfterDays").orElseThrow())).isEqualTo(14);
        assertThat(decoded.settings().advisor().get(Parameter.fromKey("maxKeyResults").orElseThrow())).isEqualTo(3);
        assertThat(decoded.settings().mapping().kpiJql()).isEqualTo(Mapping.DEFAULTS.kpiJql());
        assertThat(decoded.problems()).extracting(SettingsProblem::key)
                .containsExactly("threshold.staleAfterDays", "kpi.issueType", "kpi.label");
    }

    @Test
    void readsTheObjectiveMarksAndNeverLetsTheKindLabelsClash() {
        assertThat(SettingsCodec.read(Map.of("objective.topLevelLabel", "company-goal", "objective.aspirationalLabel",
                "moonshot")).settings().mapping().marks()).isEqualTo(new ObjectiveMarks("company-goal", "committed", "moonshot"));

        SettingsCodec.Decoded clash = SettingsCodec.read(Map.of("objective.committedLabel", "aspirational",
                "objective.aspirationalLabel", "with spaces"));

        assertThat(clash.problems()).extracting(SettingsProblem::key)
                .containsExactly("objective.aspirationalLabel", "objective.committedLabel");
        assertThat(clash.settings().mapping().marks()).isEqualTo(ObjectiveMarks.DEFAULTS);
    }

    @Test
    void reportsTextThatIsNoPropertiesAsOneProblem() {
        SettingsCodec.Decoded decoded = SettingsCodec.read("objective.label = \\u12");

        assertThat(decoded.settings()).isEqualTo(OkrSettings.DEFAULTS);
        assertThat(decoded.problems()).singleElement()
                .satisfies(problem -> assertThat(problem.describe()).startsWith("The text cannot be read as .properties: "));
    }
}
