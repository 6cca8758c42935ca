package com.okradvisor.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MappingTest {

    @Test
    void selectsEpicsLabelledOkrAsObjectivesByDefault() {
        assertThat(Mapping.DEFAULTS.isObjective("Epic", List.of("okr", "mobile"))).isTrue();
        assertThat(Mapping.DEFAULTS.isObjective("epic", List.of("OKR"))).as("names compare without case, as JQL does").isTrue();
        assertThat(Mapping.DEFAULTS.isObjective("Epic", List.of("mobile"))).isFalse();
        assertThat(Mapping.DEFAULTS.isObjective("Story", List.of("okr"))).isFalse();
    }

    @Test
    void selectsEveryEpicWhenTheObjectiveLabelIsEmpty() {
        Mapping everyEpic = new Mapping("Epic", "", "KPI", "kpi", Set.of(), "Epic Link");

        assertThat(everyEpic.isObjective("Epic", List.of())).isTrue();
    }

    @Test
    void selectsKpisByIssueTypeOrByLabel() {
        assertThat(Mapping.DEFAULTS.isKpi("KPI", List.of())).isTrue();
        assertThat(Mapping.DEFAULTS.isKpi("Story", List.of("kpi"))).isTrue();
        assertThat(Mapping.DEFAULTS.isKpi("Story", List.of("okr"))).isFalse();
    }

    @Test
    void alignsThroughAnyLinkTypeUnlessAListNarrowsIt() {
        Mapping narrowed = new Mapping("Epic", "okr", "KPI", "kpi", Set.of("Supports", " contributes to "), "Epic Link");

        assertThat(Mapping.DEFAULTS.aligns("Blocks")).isTrue();
        assertThat(narrowed.aligns("supports")).isTrue();
        assertThat(narrowed.aligns("Contributes to")).isTrue();
        assertThat(narrowed.aligns("Blocks")).isFalse();
    }

    @Test
    void namesOnlyTheLinkTypesItsListsHoldNotThoseItTakesAsAnyType() {
        Mapping named = new Mapping("Epic", "okr", "KPI", "kpi", Set.of("Supports"), "Epic Link", Set.of("Implements"),
                ObjectiveMarks.DEFAULTS);

        assertThat(named.names("supports")).isTrue();
        assertThat(named.names("Implements")).isTrue();
        assertThat(named.names("Relates")).isFalse();
        assertThat(Mapping.DEFAULTS.names("Relates")).as("taken as any type, not named").isFalse();
        assertThat(Mapping.DEFAULTS.aligns("Relates")).isTrue();
    }

    @Test
    void refusesAMappingThatCannotFindKpis() {
        assertThatThrownBy(() -> new Mapping("Epic", "okr", "", " ", Set.of(), "Epic Link"))
                .hasMessage("KPIs need an issue type or a label to be found by");
    }

    @Test
    void writesTheJqlThatSelectsObjectivesAndKpisForThePluginAndTheScanAlike() {
        Mapping custom = new Mapping("Initiative", "", "", "kpi \"v2\"", Set.of(), "Epic Link");

        assertThat(Mapping.DEFAULTS.objectiveJql()).isEqualTo("issuetype = \"Epic\" AND labels = \"okr\"");
        assertThat(Mapping.DEFAULTS.kpiJql()).isEqualTo("issuetype = \"KPI\" OR labels = \"kpi\"");
        assertThat(custom.objectiveJql()).isEqualTo("issuetype = \"Initiative\"");
        assertThat(custom.kpiJql()).as("quotes in a name are escaped").isEqualTo("labels = \"kpi \\\"v2\\\"\"");
    }
}
