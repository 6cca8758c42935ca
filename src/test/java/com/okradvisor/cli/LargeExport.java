package com.okradvisor.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Writes a Jira REST export of any size for the {@code check} speed measurement (docs/design.md, "Performance targets"):
 * objectives of 4 key results each with three recent check-ins, and one KPI per objective; one key
 * result in ten is vague and stale, so the rules have something to find. Run:
 * {@code java -cp target/test-classes:target/okr-advisor-cli.jar com.okradvisor.cli.LargeExport 5000 target/large.json}
 */
public final class LargeExport {

    private static final int KEY_RESULTS_PER_OBJECTIVE = 4;
    private static final ObjectMapper JSON = new ObjectMapper();

    private LargeExport() {
    }

    public static void main(String[] args) throws IOException {
        int issues = Integer.parseInt(args[0]);
        JSON.writeValue(Path.of(args[1]).toFile(), export(issues));
    }

    /** One search page with {@code issueCount} issues (rounded down to whole objectives). */
    static ObjectNode export(int issueCount) {
        ObjectNode page = JSON.createObjectNode();
        ArrayNode issues = page.putArray("issues");
        int perObjective = KEY_RESULTS_PER_OBJECTIVE + 2;
        for (int o = 0; o < issueCount / perObjective; o++) {
            String project = "P" + (o % 200);
            String objectiveKey = project + "-" + (o * perObjective + 1);
            ObjectNode objective = issue(issues, objectiveKey, "Win the next customer segment with a product they love", "Epic");
            objective.withObject("fields").putArray("labels").add("okr");
            for (int k = 0; k < KEY_RESULTS_PER_OBJECTIVE; k++) {
                String key = project + "-" + (o * perObjective + 2 + k);
                boolean weak = (o + k) % 10 == 0;
                ObjectNode keyResult = issue(issues, key, weak ? "Improve the onboarding flow"
                        : "Raise activation rate from 20% to " + (40 + k) + "%", "Story");
                double target = 40 + k;
                keyResult.withObject("fields").put("customfield_10101", objectiveKey);
                ArrayNode checkIns = keyResult.withObject("properties").putArray("okr.checkins");
                for (int c = 0; c < 3; c++) {
                    double share = 0.35 + 0.2 * c;
                    checkIns.addObject().put("date", LocalDate.of(2026, weak ? 4 : 5, 10).plusDays(14L * c).toString())
                            .put("author", "ann").put("value", 20 + share * (target - 20)).put("confidence", 6)
                            .put("note", "steady");
                }
            }
            ObjectNode kpi = issue(issues, project + "-" + (o * perObjective + 2 + KEY_RESULTS_PER_OBJECTIVE),
                    "Health measure " + o, "KPI");
            kpi.withObject("properties").putObject("okr.kpi").put("current", 95).put("threshold", 90)
                    .put("direction", "higher-is-better").put("unit", "%").put("updated", "2026-05-30");
            ObjectNode link = kpi.withObject("fields").putArray("issuelinks").addObject();
            link.putObject("type").put("name", "Relates");
            link.putObject("outwardIssue").put("key", objectiveKey).putObject("fields").putObject("issuetype").put("name", "Epic");
        }
        page.put("startAt", 0).put("maxResults", issues.size()).put("total", issues.size());
        page.putObject("names").put("customfield_10101", "Epic Link").put("summary", "Summary");
        return page;
    }

    private static ObjectNode issue(ArrayNode issues, String key, String summary, String type) {
        ObjectNode issue = issues.addObject();
        issue.put("key", key);
        ObjectNode fields = issue.putObject("fields");
        fields.put("summary", summary);
        fields.putObject("issuetype").put("name", type).put("subtask", false);
        fields.putObject("status").putObject("statusCategory").put("key", "indeterminate");
        fields.putObject("assignee").put("displayName", "Ann Doe");
        fields.put("created", "2026-03-20T09:00:00.000+0000");
        fields.put("duedate", "2026-06-30");
        fields.putArray("labels");
        fields.putObject("project").put("key", key.substring(0, key.indexOf('-')));
        issue.putObject("properties");
        return issue;
    }
}
