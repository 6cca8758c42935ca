package com.okradvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.okradvisor.model.KeyResult;
import com.okradvisor.model.KpiDirection;
import com.okradvisor.model.Mapping;
import com.okradvisor.model.Objective;
import com.okradvisor.model.Portfolio;
import com.okradvisor.model.StatusCategory;
import com.okradvisor.model.Work;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JiraSearchReaderTest {

    private final List<String> warnings = new ArrayList<>();

    private Portfolio read(String json, Mapping mapping) throws Exception {
        JsonNode root = new ObjectMapper().readTree(json);
        return new JiraSearchReader(mapping, warnings::add).read("export.json", root);
    }

    private Portfolio givenSample() throws Exception {
        return read(ExportFiles.sample(), Mapping.DEFAULTS);
    }

    @Test
    void readsTheObjectiveWithItsKeyResultsThroughTheFieldNamedEpicLink() throws Exception {
        Objective objective = givenSample().objective("MOB-1").orElseThrow();

        assertThat(objective.issue().summary()).isEqualTo("Make the app a joy to open every morning");
        assertThat(objective.issue().owner()).contains("Ann Doe");
        assertThat(objective.issue().status()).isEqualTo(StatusCategory.IN_PROGRESS);
        assertThat(objective.issue().created()).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(objective.issue().due()).contains(LocalDate.of(2027, 3, 31));
        assertThat(objective.keyResults()).extracting(KeyResult::key).containsExactly("MOB-2", "MOB-3", "MOB-4");
        assertThat(warnings).isEmpty();
    }

    @Test
    void findsTheEpicLinkFieldByNameWhateverItsId() throws Exception {
        Portfolio portfolio = read(ExportFiles.sample().replace("customfield_10101", "customfield_42"), Mapping.DEFAULTS);

        assertThat(portfolio.objective("MOB-1").orElseThrow().keyResults()).hasSize(3);
    }

    @Test
    void readsTheOkrPropertiesIntoMetricAndCheckIns() throws Exception {
        KeyResult retention = givenSample().objective("MOB-1").orElseThrow().keyResults().get(0);

        assertThat(retention.metric().orElseThrow().target()).hasValue(40);
        assertThat(retention.metric().orElseThrow().unit()).isEqualTo("%");
        assertThat(retention.checkIns()).hasSize(2);
        assertThat(retention.checkIns().get(1).note()).isEqualTo("push reminders helped");
    }

    @Test
    void alignsTheObjectiveToTheParentItsLinkPointsOutwardToEvenOutsideTheExport() throws Exception {
        assertThat(givenSample().objective("MOB-1").orElseThrow().parentKeys()).containsExactly("CO-1");
    }

    @Test
    void linksTheKpiToItsObjectiveWithItsReading() throws Exception {
        Portfolio portfolio = givenSample();

        assertThat(portfolio.kpis()).hasSize(1);
        assertThat(portfolio.kpis().get(0).key()).isEqualTo("MOB-9");
        assertThat(portfolio.kpis().get(0).objectiveKeys()).containsExactly("MOB-1");
        assertThat(portfolio.kpis().get(0).reading().orElseThrow().direction()).isEqualTo(KpiDirection.HIGHER_IS_BETTER);
        assertThat(portfolio.kpis().get(0).reading().orElseThrow().isOffTarget()).isTrue();
    }

    @Test
    void ignoresAnEpicWithoutTheOkrLabel() throws Exception {
        assertThat(givenSample().objectives()).extracting(Objective::key).containsExactly("MOB-1");
    }

    @Test
    void alignsOnlyThroughTheConfiguredLinkTypes() throws Exception {
        Mapping blocksOnly = new Mapping("Epic", "okr", "KPI", "kpi", Set.of("Blocks"), "Epic Link");

        Portfolio portfolio = read(ExportFiles.sample(), blocksOnly);

        assertThat(portfolio.objective("MOB-1").orElseThrow().parentKeys()).isEmpty();
        assertThat(portfolio.kpis().get(0).objectiveKeys()).isEmpty();
    }

    @Test
    void readsAKeyResultsWorkFromItsSubTasksAndIssueLinksAsJiraNestsThem() throws Exception {
        String sample = ExportFiles.sample();
        int mob2 = sample.indexOf("\"key\": \"MOB-2\"");
        String withWork = sample.substring(0, mob2) + sample.substring(mob2).replaceFirst("\"issuelinks\": \\[\\]", """
                "issuelinks": [
                  {"id": "50001", "type": {"name": "Blocks"}, "outwardIssue": {"key": "DEV-7",
                    "fields": {"issuetype": {"name": "Task"}, "status": {"statusCategory": {"key": "done"}}}}},
                  {"id": "50002", "type": {"name": "Relates"}, "inwardIssue": {"key": "MOB-1",
                    "fields": {"issuetype": {"name": "Epic"}, "status": {"statusCategory": {"key": "indeterminate"}}}}}
                ],
                "subtasks": [
                  {"key": "MOB-21", "fields": {"issuetype": {"name": "Sub-task", "subtask": true},
                    "status": {"statusCategory": {"key": "done"}}}},
                  {"key": "MOB-22", "fields": {"issuetype": {"name": "Sub-task", "subtask": true},
                    "status": {"statusCategory": {"key": "new"}}}}
                ]""");

        KeyResult retention = read(withWork, Mapping.DEFAULTS).objective("MOB-1").orElseThrow().keyResults().get(0);

        assertThat(retention.work()).as("two sub-tasks and DEV-7; its objective is not work").isEqualTo(new Work(3, 2, 0));
    }

    @Test
    void refusesASubTaskWithoutAKeyNamingTheIssueAndField() {
        String sample = ExportFiles.sample();
        int mob2 = sample.indexOf("\"key\": \"MOB-2\"");
        String broken = sample.substring(0, mob2) + sample.substring(mob2).replaceFirst("\"issuelinks\": \\[\\]",
                "\"issuelinks\": [], \"subtasks\": [{\"key\": \"<b>\"}]");

        assertThatThrownBy(() -> read(broken, Mapping.DEFAULTS)).isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("export.json: issue MOB-2, field key: expected an issue key like MOB-12");
    }

    @Test
    void leavesSubTasksOutOfTheKeyResults() throws Exception {
        String sample = ExportFiles.sample();
        int mob4 = sample.indexOf("\"key\": \"MOB-4\"");
        String withSubTask = sample.substring(0, mob4) + sample.substring(mob4).replaceFirst("\"subtask\": false", "\"subtask\": true");

        Portfolio portfolio = read(withSubTask, Mapping.DEFAULTS);

        assertThat(portfolio.objective("MOB-1").orElseThrow().keyResults()).extracting(KeyResult::key)
                .containsExactly("MOB-2", "MOB-3");
    }

    @Test
    void takesTheEpicFromTheParentFieldAsJiraCloudSendsIt() throws Exception {
        String cloud = ExportFiles.sample().replace("\"customfield_10101\": \"MOB-1\"",
                "\"parent\": {\"key\": \"MOB-1\", \"fields\": {\"issuetype\": {\"name\": \"Epic\"}}}");

        Portfolio portfolio = read(cloud, Mapping.DEFAULTS);

        assertThat(portfolio.objective("MOB-1").orElseThrow().keyResults()).hasSize(3);
    }

    @Test
    void readsAnArrayOfPagesAsOneExport() throws Exception {
        String sample = ExportFiles.sample();
        JsonNode page = new ObjectMapper().readTree(sample);
        String objectivePage = "{\"names\": " + page.get("names") + ", \"issues\": [" + page.get("issues").get(0) + "]}";
        String restPage = "{\"issues\": [" + page.get("issues").get(1) + "," + page.get("issues").get(4) + "]}";

        Portfolio portfolio = read("[" + objectivePage + "," + restPage + "]", Mapping.DEFAULTS);

        assertThat(portfolio.objective("MOB-1").orElseThrow().keyResults()).extracting(KeyResult::key).containsExactly("MOB-2");
        assertThat(portfolio.kpis()).hasSize(1);
    }
}
