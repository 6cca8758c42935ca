package com.okradvisor.cli.report;

import com.okradvisor.view.PortfolioView;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextReportTest {

    private final PortfolioView view = Reports.viewOf(Reports.givenUnmeasurableKeyResult("Delight customers", "Make onboarding nice"));

    @Test
    void groupsFindingsUnderTheirObjectiveWithRemedies() {
        String text = TextReport.render(view, false);

        assertThat(text).contains("GRO-1  Delight customers\n".replace("\n", System.lineSeparator()))
                .contains("CRITICAL KR GRO-103 has no number, target or metric: 'Make onboarding nice' [kr-unmeasurable]")
                .contains("→ Give it a metric");
    }

    @Test
    void writesOneSummaryLinePerSeverity() {
        String text = TextReport.render(view, false);

        assertThat(text).containsPattern("CRITICAL +1").containsPattern("MAJOR +\\d+").containsPattern("MINOR +\\d+")
                .containsPattern("INFO +\\d+");
    }

    @Test
    void coloursOnlyWhenAsked() {
        assertThat(TextReport.render(view, false)).doesNotContain("\u001B[");
        assertThat(TextReport.render(view, true)).contains("\u001B[1;31mCRITICAL");
    }
}
