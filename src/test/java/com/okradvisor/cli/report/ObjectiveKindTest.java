package com.okradvisor.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.okradvisor.model.ObjectiveKind;
import com.okradvisor.testing.Okr;
import com.okradvisor.view.CsvReport;
import com.okradvisor.view.PortfolioView;
import org.junit.jupiter.api.Test;

/** Every report shows an objective's kind beside its health: committed, aspirational, or not set. */
class ObjectiveKindTest {

    private final PortfolioView view = Reports.viewOf(Okr.portfolio(
            Okr.healthyObjective("GRO-1").kind(ObjectiveKind.ASPIRATIONAL).keyResults(Okr.keyResult("GRO-103").summary("Make it nice")),
            Okr.healthyObjective("PAY-1")));

    @Test
    void theTextReportWritesTheKindBeforeTheHealth() {
        assertThat(TextReport.render(view, false)).contains("2026-Q2, aspirational, on track: ")
                .contains("2026-Q2, kind not set, on track: ");
    }

    @Test
    void theJsonReportGivesEachObjectivesKindAfterItsHealth() throws Exception {
        JsonNode objectives = new ObjectMapper().readTree(JsonReport.render(view)).get("objectives");

        assertThat(objectives).extracting(objective -> objective.get("key").asText() + " " + objective.get("kind").asText())
                .containsExactly("GRO-1 aspirational", "PAY-1 unknown");
    }

    @Test
    void theCsvReportGivesTheKindOfTheObjectiveAFindingIsOn() {
        assertThat(CsvReport.render(view)).contains("\"kr-unmeasurable\",\"CRITICAL\",\"GRO-103\",\"GRO-1\",\"aspirational\",");
    }

    @Test
    void theHtmlReportShowsTheKindOnTheObjectivesCard() {
        assertThat(new HtmlReport().render(view))
                .contains("<span class=\"okr-kind okr-kind-aspirational\">Aspirational</span>")
                .contains("<span class=\"okr-kind okr-kind-unknown\">Kind not set</span>");
    }
}
