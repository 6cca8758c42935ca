package com.okradvisor.jira;

import static org.assertj.core.api.Assertions.assertThat;

import com.okradvisor.jira.view.AdminField;
import com.okradvisor.jira.view.ThresholdRow;
import com.okradvisor.plugin.PanelRenderer;
import com.okradvisor.settings.OkrSettings;
import com.okradvisor.settings.SettingsCodec;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * Every input of the admin page, each threshold's among them, has a worded label and a help text in the i18n
 * bundle under the keys its name gives: adding a setting or a threshold fails here until its texts are written.
 */
class AdminLabelsTest {

    @Test
    void everyInputHasALabelAndAHelpTextInTheBundle() throws IOException {
        Properties texts = bundle();

        assertThat(inputs()).hasSizeGreaterThan(20).allSatisfy(input -> {
            assertThat(texts.getProperty(input.getLabelKey())).as(input.getLabelKey()).isNotBlank();
            assertThat(texts.getProperty(input.getHelpKey())).as(input.getHelpKey()).isNotBlank();
        });
    }

    @Test
    void labelsAreWordsNotTheCamelCaseNamesOfTheSettings() throws IOException {
        Properties texts = bundle();

        assertThat(inputs()).allSatisfy(input -> assertThat(texts.getProperty(input.getLabelKey()))
                .as(input.getLabelKey())
                .doesNotContainPattern("[a-z][A-Z]")
                .doesNotContain(input.getName()));
    }

    /** The inputs the page shows: the settings form's, each threshold's and the import's. */
    private static List<AdminField> inputs() {
        AdminForm form = AdminForm.of(new SettingsCodec.Decoded(OkrSettings.DEFAULTS, List.of()), new PanelRenderer.Texts());
        List<AdminField> inputs = new ArrayList<>(List.of(form.fields().importText()));
        inputs.addAll(form.fields().all());
        form.thresholdRows().stream().map(ThresholdRow::getField).forEach(inputs::add);
        return inputs;
    }

    private static Properties bundle() throws IOException {
        Properties texts = new Properties();
        try (InputStream in = AdminLabelsTest.class.getClassLoader().getResourceAsStream("i18n/okr-advisor.properties");
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            texts.load(reader);
        }
        return texts;
    }
}
