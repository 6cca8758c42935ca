package com.okradvisor.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The shared Jira REST sample (docs/design.md, "The OKR model") and variants of it written for one test. */
final class ExportFiles {

    /** The sample whose issues docs/design.md describes ("The OKR model"). */
    static final String SAMPLE_RESOURCE = "/exports/jira-rest-sample.json";

    private ExportFiles() {
    }

    static String sample() {
        try (var in = ExportFiles.class.getResourceAsStream(SAMPLE_RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The sample with work for key result MOB-3, as Jira's REST nests it in the issue: sub-tasks MOB-31
     * (done) and MOB-32 (to do), and DEV-7 (done), which MOB-3 blocks; two of three done.
     */
    static String sampleWithWork() {
        try {
            ObjectMapper json = new ObjectMapper();
            ObjectNode sample = (ObjectNode) json.readTree(sample());
            for (JsonNode issue : sample.get("issues")) {
                if (issue.path("key").asText().equals("MOB-3")) {
                    ObjectNode fields = (ObjectNode) issue.get("fields");
                    ArrayNode subTasks = fields.putArray("subtasks");
                    subTasks.add(nested(json, "MOB-31", "Sub-task", "done"));
                    subTasks.add(nested(json, "MOB-32", "Sub-task", "new"));
                    ObjectNode link = fields.putArray("issuelinks").addObject();
                    link.put("id", "40009").putObject("type").put("name", "Blocks");
                    link.set("outwardIssue", nested(json, "DEV-7", "Task", "done"));
                }
            }
            return sample.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An issue as Jira nests it in a link or a sub-task list: key, type and status category. */
    private static ObjectNode nested(ObjectMapper json, String key, String type, String statusCategory) {
        ObjectNode issue = json.createObjectNode().put("key", key);
        ObjectNode fields = issue.putObject("fields");
        fields.putObject("issuetype").put("name", type);
        fields.putObject("status").putObject("statusCategory").put("key", statusCategory);
        return issue;
    }

    static Path write(Path folder, String name, String json) {
        try {
            return Files.writeString(folder.resolve(name), json, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
