package com.okradvisor.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.okradvisor.model.Mapping;
import com.okradvisor.model.Portfolio;
import com.okradvisor.intake.Intake;
import com.okradvisor.intake.IntakeProblem;
import com.okradvisor.intake.IssueRecord;
import com.okradvisor.intake.LinkRecord;
import com.okradvisor.intake.OkrProperties;
import com.okradvisor.intake.PortfolioAssembler;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Reads Jira REST search responses ({@code /rest/api/2/search} with {@code expand=names} and the
 * {@code okr.*} properties; one page or an array of pages) into issue records, which the
 * {@link PortfolioAssembler} shared with the plugin turns into a portfolio with the admin's {@link Mapping}.
 *
 * <p>What cannot be judged is refused with a {@link BadInputException} naming the source, the issue
 * key and the field. Where the rest is still usable (an unknown status category, an issue listed
 * twice, a key result whose epic is not in the export) a warning says what was assumed or left out.
 */
public final class JiraSearchReader {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    /** What {@code check} reads, as messages name it. */
    static final String SEARCH_RESPONSE = "a Jira REST search response";

    private static final Pattern ISSUE_KEY = Pattern.compile("[A-Z][A-Z0-9_]*-[1-9][0-9]{0,17}");

    private final Mapping mapping;
    private final Consumer<String> warnings;

    public JiraSearchReader(Mapping mapping, Consumer<String> warnings) {
        this.mapping = mapping;
        this.warnings = warnings;
    }

    /**
     * Parses {@code file} as JSON, read as a stream, so that a pipe such as bash's {@code <(…)} does too;
     * {@code expected} says in a message what an empty file should have held.
     */
    public static JsonNode parse(Path file, String expected) throws BadInputException {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(file.toString(), in, expected);
        } catch (NoSuchFileException e) {
            throw new BadInputException(file + ": no such file", e);
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot be read: " + e.getMessage(), e);
        }
    }

    /** Parses {@code in} as JSON, a Jira REST search response; {@code source} names it in messages. */
    public static JsonNode parse(String source, InputStream in) throws BadInputException {
        return parse(source, in, SEARCH_RESPONSE);
    }

    private static JsonNode parse(String source, InputStream in, String expected) throws BadInputException {
        try {
            JsonNode root = JSON.readTree(in);
            if (root == null || root.isMissingNode()) {
                throw new BadInputException(source + ": is empty; expected " + expected);
            }
            return root;
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw new BadInputException(source + ": not valid JSON" + where + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new BadInputException(source + ": cannot be read: " + e.getMessage(), e);
        }
    }

    /** The portfolio in {@code root}: one search response page, or an array of pages. */
    public Portfolio read(String source, JsonNode root) throws BadInputException {
        List<JsonNode> pages = new ArrayList<>();
        if (root.isArray()) {
            root.forEach(pages::add);
        } else if (root.isObject()) {
            pages.add(root);
        } else {
            throw new BadInputException(source + ": expected a Jira REST search response (an object with \"issues\")"
                    + " or an array of them, got " + root.getNodeType().name().toLowerCase(Locale.ROOT));
        }
        Map<String, String> names = new LinkedHashMap<>();
        List<JsonNode> issues = new ArrayList<>();
        for (int page = 0; page < pages.size(); page++) {
            String where = root.isArray() ? source + ": page " + (page + 1) : source;
            JsonNode node = pages.get(page);
            if (!node.isObject() || !node.path("issues").isArray()) {
                throw new BadInputException(where + ": expected a Jira REST search response with an \"issues\" list");
            }
            node.path("names").fields().forEachRemaining(entry -> names.put(entry.getKey(), entry.getValue().asText()));
            node.path("issues").forEach(issues::add);
        }
        Set<String> epicLinkFields = new LinkedHashSet<>();
        names.forEach((id, name) -> {
            if (name.equalsIgnoreCase(mapping.epicLinkField())) {
                epicLinkFields.add(id);
            }
        });
        List<IssueRecord> records = new ArrayList<>();
        for (JsonNode issue : issues) {
            records.add(new IssueReader(source, issue, epicLinkFields).read());
        }
        Intake intake = new PortfolioAssembler(mapping).assemble(records);
        for (IntakeProblem problem : intake.problems(IntakeProblem.Kind.UNREADABLE)) {
            throw new BadInputException(source + ": " + problem.describe());
        }
        intake.problems(IntakeProblem.Kind.NOTE).forEach(problem -> warnings.accept(source + ": " + problem.describe()));
        return intake.portfolio();
    }

    /** Reads one issue node, naming the issue and field in every complaint. */
    private final class IssueReader {
        private final String source;
        private final JsonNode node;
        private final Set<String> epicLinkFields;
        private String key = "?";

        IssueReader(String source, JsonNode node, Set<String> epicLinkFields) {
            this.source = source;
            this.node = node;
            this.epicLinkFields = epicLinkFields;
        }

        IssueRecord read() throws BadInputException {
            if (!node.isObject()) {
                throw new BadInputException(source + ": every entry of \"issues\" must be an object, got "
                        + OkrProperties.describe(node));
            }
            key = issueKey(node, "key");
            JsonNode fields = node.path("fields");
            if (!fields.isObject()) {
                throw problem("fields", "missing; export with the default fields");
            }
            String categoryKey = text(fields.path("status").path("statusCategory"), "key", true);
            JsonNode issueType = fields.path("issuetype");
            String project = fields.path("project").isObject() ? text(fields.path("project"), "key", false) : "";
            JsonNode properties = node.path("properties");
            if (!properties.isMissingNode() && !properties.isNull() && !properties.isObject()) {
                throw problem("properties", "expected an object of entity properties");
            }
            Map<String, JsonNode> values = new LinkedHashMap<>();
            properties.fields().forEachRemaining(entry -> values.put(entry.getKey(), entry.getValue()));
            return new IssueRecord(key, text(fields, "summary", false),
                    project.isEmpty() ? key.substring(0, key.lastIndexOf('-')) : project, assignee(fields), categoryKey,
                    text(issueType, "name", true), issueType.path("subtask").asBoolean(false), labels(fields),
                    epicKey(fields), date(fields, "created", true).orElseThrow(), date(fields, "duedate", false),
                    date(fields, "resolutiondate", false), links(fields), values);
        }

        private Optional<String> assignee(JsonNode fields) throws BadInputException {
            JsonNode assignee = fields.path("assignee");
            if (assignee.isMissingNode() || assignee.isNull()) {
                return Optional.empty();
            }
            if (!assignee.isObject()) {
                throw problem("assignee", "expected a user object, got " + OkrProperties.describe(assignee));
            }
            String name = text(assignee, "displayName", false);
            return Optional.of(name.isEmpty() ? text(assignee, "name", false) : name);
        }

        private List<String> labels(JsonNode fields) throws BadInputException {
            List<String> values = new ArrayList<>();
            for (JsonNode label : list(fields, "labels", "labels")) {
                if (!label.isTextual()) {
                    throw problem("labels", "expected text labels, got " + OkrProperties.describe(label));
                }
                values.add(label.textValue());
            }
            return values;
        }

        private Optional<String> epicKey(JsonNode fields) throws BadInputException {
            for (String field : epicLinkFields) {
                JsonNode value = fields.path(field);
                if (value.isMissingNode() || value.isNull()) {
                    continue;
                }
                String text = value.isObject() ? value.path("key").asText("") : value.isTextual() ? value.textValue().strip() : "";
                if (!ISSUE_KEY.matcher(text).matches()) {
                    throw problem(field + " (" + mapping.epicLinkField() + ")",
                            "expected an issue key like MOB-12, got " + OkrProperties.describe(value));
                }
                return Optional.of(text);
            }
            JsonNode parent = fields.path("parent");
            if (parent.isObject() && mapping.objectiveIssueType()
                    .equalsIgnoreCase(parent.path("fields").path("issuetype").path("name").asText())) {
                return Optional.of(issueKey(parent, "key"));
            }
            return Optional.empty();
        }

        private List<LinkRecord> links(JsonNode fields) throws BadInputException {
            List<LinkRecord> values = new ArrayList<>();
            for (JsonNode link : list(fields, "issuelinks", "issue links")) {
                String type = text(link.path("type"), "name", false);
                for (String side : List.of("outwardIssue", "inwardIssue")) {
                    JsonNode other = link.path(side);
                    if (other.isObject()) {
                        values.add(linkTo(type, other, side.startsWith("out")));
                    }
                }
            }
            for (JsonNode subTask : list(fields, "subtasks", "sub-tasks")) {
                values.add(linkTo(LinkRecord.SUB_TASK, subTask, true));
            }
            return values;
        }

        /** A link to {@code other}, an issue as Jira's REST nests it in a link or a sub-task list: key, type and status. */
        private LinkRecord linkTo(String type, JsonNode other, boolean outward) throws BadInputException {
            JsonNode fields = other.path("fields");
            return new LinkRecord(type, Optional.of(issueKey(other, "key")), fields.path("issuetype").path("name").asText(""),
                    Optional.empty(), outward, fields.path("status").path("statusCategory").path("key").asText(""));
        }

        /** The list in {@code field}; a missing or null field is an empty list. */
        private Iterable<JsonNode> list(JsonNode fields, String field, String what) throws BadInputException {
            JsonNode list = fields.path(field);
            if (list.isMissingNode() || list.isNull()) {
                return List.of();
            }
            if (!list.isArray()) {
                throw problem(field, "expected a list of " + what + ", got " + OkrProperties.describe(list));
            }
            return list;
        }

        private Optional<LocalDate> date(JsonNode fields, String field, boolean required) throws BadInputException {
            JsonNode value = fields.path(field);
            if (value.isMissingNode() || value.isNull()) {
                if (required) {
                    throw problem(field, "missing");
                }
                return Optional.empty();
            }
            String text = value.isTextual() ? value.textValue().strip() : "";
            try {
                return Optional.of(OkrProperties.dateTime(text).toLocalDate());
            } catch (DateTimeParseException e) {
                throw problem(field, "expected a date like 2026-05-04 or a date-time like 2026-05-04T08:30:00.000+0100"
                        + " from " + OkrProperties.FIRST_YEAR + " to " + OkrProperties.LAST_YEAR + ", got " + OkrProperties.describe(value));
            }
        }

        /** The issue key in {@code field}, like MOB-12. */
        private String issueKey(JsonNode parent, String field) throws BadInputException {
            String text = text(parent, field, true);
            if (!ISSUE_KEY.matcher(text).matches()) {
                throw problem(field, "expected an issue key like MOB-12, got \"" + OkrProperties.shown(text) + "\"");
            }
            return text;
        }

        private String text(JsonNode parent, String field, boolean required) throws BadInputException {
            JsonNode value = parent.path(field);
            if (value.isMissingNode() || value.isNull()) {
                if (required) {
                    throw problem(field, "missing");
                }
                return "";
            }
            if (!value.isTextual()) {
                throw problem(field, "expected text, got " + OkrProperties.describe(value));
            }
            return value.textValue();
        }

        private BadInputException problem(String field, String message) {
            return new BadInputException(source + ": issue " + key + ", field " + field + ": " + message);
        }
    }
}
