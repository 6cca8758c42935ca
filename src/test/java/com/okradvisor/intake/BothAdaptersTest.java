package com.okradvisor.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;

import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.issue.status.category.StatusCategory;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.okradvisor.advisor.Advisor;
import com.okradvisor.advisor.AdvisorSettings;
import com.okradvisor.cli.JiraSearchReader;
import com.okradvisor.jira.FakeJira;
import com.okradvisor.jira.ObjectiveSnapshot;
import com.okradvisor.model.Finding;
import com.okradvisor.model.Kpi;
import com.okradvisor.model.Mapping;
import com.okradvisor.model.Objective;
import com.okradvisor.model.Portfolio;
import com.okradvisor.model.Work;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The same issues through both adapters: the command line reads the demo export's JSON, the plugin
 * reads the same issues from in-memory fakes of Jira's services. Both must make the same portfolio,
 * and each objective's view in Jira must report, for its objective, key results and KPIs, exactly
 * what a judgement of the whole portfolio reports for them.
 */
class BothAdaptersTest {

    private static final String EXPORT = "demo/acme-okrs.json";
    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 10);
    private static Advisor advisor;

    private final FakeJira jira;
    private final Portfolio fromJson;
    private final Map<String, MutableIssue> issues = new LinkedHashMap<>();

    BothAdaptersTest() throws Exception {
        jira = new FakeJira();
        JsonNode pages = export();
        fromJson = new JiraSearchReader(Mapping.DEFAULTS, warning -> { }).read(EXPORT, pages);
        new JiraFromExport(pages).build();
    }

    @BeforeAll
    static void loadTheRules() {
        advisor = Advisor.load(BothAdaptersTest.class.getClassLoader());
    }

    @AfterEach
    void closeJira() {
        jira.close();
    }

    @Test
    void makesTheSameObjectivesKeyResultsParentsAndKpisFromJsonAndFromJira() {
        assertThat(fromJson.objectives()).hasSizeGreaterThan(10);
        for (Objective expected : fromJson.objectives()) {
            ObjectiveSnapshot snapshot = read(expected.key());

            assertThat(snapshot.objective()).as(expected.key()).isEqualTo(expected);
            assertThat(snapshot.kpis()).as(expected.key()).containsExactlyInAnyOrderElementsOf(kpisOf(expected.key()));
        }
    }

    @Test
    void countsTheSameWorkOfAKeyResultFromItsSubTasksAndLinksInJsonAndInJira() {
        Work fromJira = read("PLT-1").objective().keyResults().stream()
                .filter(keyResult -> keyResult.key().equals("PLT-2")).findFirst().orElseThrow().work();

        assertThat(fromJira).as("three sub-tasks and two linked tasks, four of them done").isEqualTo(new Work(5, 4, 0));
        assertThat(fromJson.objective("PLT-1").orElseThrow().keyResults().get(0).work()).isEqualTo(fromJira);
    }

    /**
     * The coach view's bulk read of the portfolio gives every key result the work its panel and the
     * command line count: sub-tasks from a search by parent, linked work from the reads by link type.
     */
    @Test
    void countsTheSameWorkOfEveryKeyResultInTheWholePortfolioAsOnItsPanelAndFromJson() {
        List<MutableIssue> objectives = fromJson.objectives().stream().map(objective -> issues.get(objective.key())).toList();
        List<MutableIssue> keyResults = fromJson.objectives().stream().flatMap(objective -> objective.keyResults().stream())
                .map(keyResult -> issues.get(keyResult.key())).toList();
        jira.portfolio(objectives, keyResults, fromJson.kpis().stream().map(kpi -> issues.get(kpi.key())).toList());

        Portfolio whole = jira.portfolioReader().read(jira.user, Mapping.DEFAULTS).portfolio();

        assertThat(fromJson.objectives().stream().flatMap(objective -> objective.keyResults().stream()))
                .as("key results with work in the demo").anyMatch(keyResult -> keyResult.work().count() > 0);
        for (Objective objective : fromJson.objectives()) {
            Objective onItsPanel = read(objective.key()).objective();
            Objective inTheWhole = whole.objective(objective.key()).orElseThrow();
            assertThat(workOf(inTheWhole)).as(objective.key()).isEqualTo(workOf(objective)).isEqualTo(workOf(onItsPanel));
        }
        assertThat(advisor.evaluate(whole, AdvisorSettings.DEFAULTS, AS_OF)).as("the coach view's findings are the command line's")
                .containsExactlyInAnyOrderElementsOf(advisor.evaluate(fromJson, AdvisorSettings.DEFAULTS, AS_OF))
                .extracting(Finding::rule).contains("work-done-no-movement");
    }

    private static Map<String, Work> workOf(Objective objective) {
        Map<String, Work> work = new LinkedHashMap<>();
        objective.keyResults().forEach(keyResult -> work.put(keyResult.key(), keyResult.work()));
        return work;
    }

    @Test
    void reportsOnEachObjectivesViewWhatAJudgementOfTheWholePortfolioReportsForItsIssues() {
        List<Finding> wholePortfolio = advisor.evaluate(fromJson, AdvisorSettings.DEFAULTS, AS_OF);
        Set<String> shownSomewhere = new HashSet<>();
        for (Objective objective : fromJson.objectives()) {
            ObjectiveSnapshot snapshot = read(objective.key());
            List<Finding> onTheView = snapshot.about(advisor.evaluate(snapshot.portfolio(), AdvisorSettings.DEFAULTS, AS_OF));

            assertThat(onTheView).as(objective.key()).containsExactlyInAnyOrderElementsOf(snapshot.about(wholePortfolio));
            onTheView.forEach(finding -> shownSomewhere.add(finding.rule()));
        }
        assertThat(shownSomewhere).as("the portfolio-wide rules, which a view of one objective alone could never fire")
                .contains("too-many-objectives", "alignment-cycle", "alignment-to-inactive-objective", "owner-overloaded");
    }

    private ObjectiveSnapshot read(String key) {
        return jira.reader().readObjective(issues.get(key), jira.user, Mapping.DEFAULTS);
    }

    /** The KPIs the JSON links to {@code objectiveKey}, with every objective they are linked to. */
    private List<Kpi> kpisOf(String objectiveKey) {
        return fromJson.kpis().stream().filter(kpi -> kpi.objectiveKeys().contains(objectiveKey)).toList();
    }

    private static JsonNode export() throws IOException {
        try (InputStream in = BothAdaptersTest.class.getClassLoader().getResourceAsStream(EXPORT)) {
            return new ObjectMapper().readTree(in);
        }
    }

    /** Turns the export's issues into the fake Jira's issues, links, epics and properties. */
    private final class JiraFromExport {
        private final List<JsonNode> nodes = new ArrayList<>();
        private final String epicLinkField;

        JiraFromExport(JsonNode pages) {
            String field = null;
            for (JsonNode page : pages) {
                page.path("issues").forEach(nodes::add);
                for (Map.Entry<String, JsonNode> name : page.path("names").properties()) {
                    if (name.getValue().asText().equals(Mapping.DEFAULTS.epicLinkField())) {
                        field = name.getKey();
                    }
                }
            }
            epicLinkField = field;
        }

        void build() {
            for (JsonNode node : nodes) {
                issues.put(node.path("key").asText(), issue(node));
            }
            Map<String, List<MutableIssue>> epics = new LinkedHashMap<>();
            Set<String> links = new HashSet<>();
            for (JsonNode node : nodes) {
                MutableIssue issue = issues.get(node.path("key").asText());
                JsonNode fields = node.path("fields");
                if (Mapping.DEFAULTS.isObjective(fields.path("issuetype").path("name").asText(), labels(fields))) {
                    jira.objective(issue);
                    FakeJira.typed(issue, fields.path("issuetype").path("name").asText(), labels(fields).toArray(String[]::new));
                }
                if (fields.path(epicLinkField).isTextual()) {
                    epics.computeIfAbsent(fields.path(epicLinkField).asText(), epic -> new ArrayList<>()).add(issue);
                }
                for (JsonNode link : fields.path("issuelinks")) {
                    String type = link.path("type").path("name").asText();
                    if (links.add(link.path("id").asText())) {
                        if (link.has("outwardIssue")) {
                            jira.link(issue, type, linked(link.path("outwardIssue")));
                        } else {
                            jira.link(linked(link.path("inwardIssue")), type, issue);
                        }
                    }
                }
                for (JsonNode subTask : fields.path("subtasks")) {
                    jira.link(issue, LinkRecord.SUB_TASK, linked(subTask));
                }
                node.path("properties").properties().forEach(property ->
                        jira.properties.put(issue.getId(), property.getKey(), property.getValue().toString()));
            }
            epics.forEach((epic, members) -> jira.inEpic(issues.get(epic), members));
        }

        /** The issue a link or a sub-task list names: one of the export, or one Jira nests there with its type and status. */
        private MutableIssue linked(JsonNode nested) {
            return issues.computeIfAbsent(nested.path("key").asText(), key -> issue(nested));
        }

        private MutableIssue issue(JsonNode node) {
            JsonNode fields = node.path("fields");
            String key = node.path("key").asText();
            MutableIssue issue = FakeJira.issue(node.path("id").asLong(), key, fields.path("summary").asText());
            FakeJira.typed(issue, fields.path("issuetype").path("name").asText(), labels(fields).toArray(String[]::new));
            lenient().when(issue.isSubTask()).thenReturn(fields.path("issuetype").path("subtask").asBoolean());
            Project project = mock(Project.class);
            lenient().when(project.getKey()).thenReturn(key.substring(0, key.indexOf('-')));
            lenient().when(issue.getProjectObject()).thenReturn(project);
            ApplicationUser assignee = null;
            if (fields.path("assignee").isObject()) {
                assignee = FakeJira.person(fields.path("assignee").path("displayName").asText());
            }
            lenient().when(issue.getAssignee()).thenReturn(assignee);
            StatusCategory category = mock(StatusCategory.class);
            lenient().when(category.getKey()).thenReturn(fields.path("status").path("statusCategory").path("key").asText());
            Status status = mock(Status.class);
            lenient().when(status.getStatusCategory()).thenReturn(category);
            lenient().when(issue.getStatus()).thenReturn(status);
            lenient().when(issue.getCreated()).thenReturn(day(fields, "created"));
            lenient().when(issue.getDueDate()).thenReturn(day(fields, "duedate"));
            lenient().when(issue.getResolutionDate()).thenReturn(day(fields, "resolutiondate"));
            return issue;
        }

        private static List<String> labels(JsonNode fields) {
            List<String> labels = new ArrayList<>();
            fields.path("labels").forEach(label -> labels.add(label.asText()));
            return labels;
        }

        /** The day a field names, at midnight, as Jira's timestamps carry it; null when not set. */
        private static Timestamp day(JsonNode fields, String field) {
            JsonNode value = fields.path(field);
            return value.isTextual() ? Timestamp.valueOf(OkrProperties.dateTime(value.asText()).toLocalDate().atStartOfDay()) : null;
        }
    }
}
