package com.okradvisor.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.okradvisor.model.CheckIn;
import com.okradvisor.model.Issue;
import com.okradvisor.model.KeyResult;
import com.okradvisor.model.Kpi;
import com.okradvisor.model.Objective;
import com.okradvisor.model.Portfolio;
import com.okradvisor.testing.OkrPropertyJson;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * A generated portfolio as the Jira REST search response the CLI's {@code check} reads
 * ({@code expand=names}, properties {@code okr.metric}, {@code okr.checkins}, {@code okr.kpi}), in the
 * shape of {@code src/test/resources/exports/jira-rest-sample.json} (docs/design.md, "The OKR model").
 */
final class JiraExport {

    private static final String EPIC_LINK = "customfield_10101";
    private static final String ALIGNS = "Relates";
    private static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ", Locale.ROOT);
    private static final ObjectMapper JSON = new ObjectMapper();

    private JiraExport() {
    }

    /** Writes the export of {@code portfolio} to {@code file}; returns how many issues it holds. */
    static int write(Portfolio portfolio, Path file) throws IOException {
        ObjectNode response = response(portfolio);
        JSON.writeValue(file.toFile(), response);
        return response.path("issues").size();
    }

    private static ObjectNode response(Portfolio portfolio) {
        ObjectNode response = JSON.createObjectNode();
        ArrayNode issues = response.putArray("issues");
        for (Objective objective : portfolio.objectives()) {
            ObjectNode epic = issue(issues, objective.issue(), "Epic", "okr");
            objective.parentKeys().forEach(parent -> link(epic, parent));
            for (KeyResult keyResult : objective.keyResults()) {
                ObjectNode node = issue(issues, keyResult.issue(), "Story", null);
                ((ObjectNode) node.path("fields")).put(EPIC_LINK, objective.key());
                keyResult.metric().ifPresent(metric -> ((ObjectNode) node.path("properties")).set("okr.metric",
                        OkrPropertyJson.metric(metric)));
                if (!keyResult.checkIns().isEmpty()) {
                    checkIns(node, keyResult.checkIns());
                }
            }
        }
        for (Kpi kpi : portfolio.kpis()) {
            ObjectNode node = issue(issues, kpi.issue(), "KPI", "kpi");
            kpi.objectiveKeys().forEach(objective -> link(node, objective));
            kpi.reading().ifPresent(reading -> ((ObjectNode) node.path("properties")).set("okr.kpi", OkrPropertyJson.kpi(reading)));
        }
        response.put("startAt", 0).put("maxResults", issues.size()).put("total", issues.size());
        response.putObject("names").put("summary", "Summary").put(EPIC_LINK, "Epic Link");
        return response;
    }

    private static ObjectNode issue(ArrayNode issues, Issue issue, String type, String label) {
        ObjectNode node = issues.addObject();
        node.put("key", issue.key());
        ObjectNode fields = node.putObject("fields");
        fields.put("summary", issue.summary());
        fields.putObject("issuetype").put("name", type).put("subtask", false);
        fields.putObject("project").put("key", issue.projectKey());
        fields.putObject("status").putObject("statusCategory").put("key", issue.status().key());
        issue.owner().ifPresentOrElse(owner -> fields.putObject("assignee").put("displayName", owner),
                () -> fields.putNull("assignee"));
        fields.put("created", issue.created().atTime(9, 0).atOffset(ZoneOffset.UTC).format(CREATED));
        fields.put("duedate", issue.due().map(Object::toString).orElse(null));
        fields.put("resolutiondate", issue.resolved().map(day -> day.atTime(17, 0)
                .atOffset(ZoneOffset.UTC).format(CREATED)).orElse(null));
        ArrayNode labels = fields.putArray("labels");
        if (label != null) {
            labels.add(label);
        }
        fields.putArray("issuelinks");
        node.putObject("properties");
        return node;
    }

    private static void link(ObjectNode from, String to) {
        ObjectNode link = ((ArrayNode) from.path("fields").path("issuelinks")).addObject();
        link.putObject("type").put("name", ALIGNS);
        link.putObject("outwardIssue").put("key", to).putObject("fields").putObject("issuetype").put("name", "Epic");
    }

    private static void checkIns(ObjectNode node, List<CheckIn> checkIns) {
        ArrayNode values = ((ObjectNode) node.path("properties")).putArray("okr.checkins");
        for (CheckIn checkIn : checkIns) {
            ObjectNode value = values.addObject().put("date", checkIn.at().toString()).put("author", checkIn.author());
            number(value, "value", checkIn.value());
            checkIn.confidence().ifPresent(confidence -> value.put("confidence", confidence));
            value.put("note", checkIn.note());
        }
    }

    private static void number(ObjectNode node, String field, OptionalDouble value) {
        if (value.isPresent()) {
            node.put(field, value.getAsDouble());
        }
    }
}
