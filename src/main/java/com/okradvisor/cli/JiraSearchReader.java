package com.okradvisor.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.okradvisor.model.CheckIn;
import com.okradvisor.model.Issue;
import com.okradvisor.model.KeyResult;
import com.okradvisor.model.Kpi;
import com.okradvisor.model.KpiReading;
import com.okradvisor.model.Mapping;
import com.okradvisor.model.Objective;
import com.okradvisor.model.Portfolio;
import com.okradvisor.model.StatusCategory;
import com.okradvisor.property.MetricProperty;
import com.okradvisor.property.OkrProperties;
import com.okradvisor.property.PropertyException;
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
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads Jira REST search responses ({@code /rest/api/2/search} with {@code expand=names} and the
 * {@code okr.*} properties; one page or an array of pages) into a portfolio, selecting objectives,
 * key results and KPIs with the admin's {@link Mapping}.
 *
 * <p>What cannot be judged is refused with a {@link BadInputException} naming the source, the issue
 * key and the field. Where the rest is still usable (an unknown status category, an issue listed
 * twice, a key result whose epic is not in the export) the issue is left out and a warning says so.
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
        Map<String, RawIssue> byKey = new LinkedHashMap<>();
        for (JsonNode issue : issues) {
            Optional<RawIssue> raw = new IssueReader(source, issue, epicLinkFields).read();
            if (raw.isEmpty()) {
                continue;
            }
            if (byKey.putIfAbsent(raw.get().issue().key(), raw.get()) != null) {
                warnings.accept(source + ": issue " + raw.get().issue().key() + " is listed twice; the second copy is left out");
            }
        }
        return assemble(source, byKey);
    }

    private Portfolio assemble(String source, Map<String, RawIssue> byKey) throws BadInputException {
        Map<String, RawIssue> objectives = new LinkedHashMap<>();
        Map<String, RawIssue> kpis = new LinkedHashMap<>();
        for (RawIssue raw : byKey.values()) {
            if (mapping.isObjective(raw.issueType(), raw.labels())) {
                objectives.put(raw.issue().key(), raw);
            } else if (mapping.isKpi(raw.issueType(), raw.labels())) {
                kpis.put(raw.issue().key(), raw);
            }
        }
        Map<String, List<KeyResult>> keyResults = new LinkedHashMap<>();
        objectives.keySet().forEach(key -> keyResults.put(key, new ArrayList<>()));
        for (RawIssue raw : byKey.values()) {
            if (raw.subtask() || objectives.containsKey(raw.issue().key()) || kpis.containsKey(raw.issue().key())
                    || raw.epicKey().isEmpty()) {
                continue;
            }
            String epic = raw.epicKey().get();
            if (keyResults.containsKey(epic)) {
                keyResults.get(epic).add(keyResult(source, raw));
            } else if (!byKey.containsKey(epic)) {
                warnings.accept(source + ": issue " + raw.issue().key() + ", field " + mapping.epicLinkField()
                        + ": its epic " + epic + " is not in the export; the issue is left out");
            }
        }
        Map<String, Set<String>> parents = new LinkedHashMap<>();
        Map<String, Set<String>> kpiObjectives = new LinkedHashMap<>();
        objectives.keySet().forEach(key -> parents.put(key, new LinkedHashSet<>()));
        kpis.keySet().forEach(key -> kpiObjectives.put(key, new LinkedHashSet<>()));
        for (RawIssue raw : byKey.values()) {
            for (Link link : raw.links()) {
                if (!mapping.aligns(link.type())) {
                    continue;
                }
                String self = raw.issue().key();
                boolean otherIsObjective = objectives.containsKey(link.otherKey())
                        || (!byKey.containsKey(link.otherKey()) && mapping.objectiveIssueType().equalsIgnoreCase(link.otherIssueType()));
                if (objectives.containsKey(self) && otherIsObjective) {
                    if (link.outward()) {
                        parents.get(self).add(link.otherKey());
                    } else if (objectives.containsKey(link.otherKey())) {
                        parents.get(link.otherKey()).add(self);
                    }
                } else if (kpis.containsKey(self) && otherIsObjective) {
                    kpiObjectives.get(self).add(link.otherKey());
                } else if (objectives.containsKey(self) && kpis.containsKey(link.otherKey())) {
                    kpiObjectives.get(link.otherKey()).add(self);
                }
            }
        }
        List<Objective> objectiveList = new ArrayList<>();
        for (RawIssue raw : objectives.values()) {
            String key = raw.issue().key();
            objectiveList.add(new Objective(raw.issue(), keyResults.get(key), List.copyOf(parents.get(key))));
        }
        List<Kpi> kpiList = new ArrayList<>();
        for (RawIssue raw : kpis.values()) {
            kpiList.add(new Kpi(raw.issue(), kpiReading(source, raw), List.copyOf(kpiObjectives.get(raw.issue().key()))));
        }
        return new Portfolio(objectiveList, kpiList);
    }

    private static KeyResult keyResult(String source, RawIssue raw) throws BadInputException {
        Optional<MetricProperty> metric = property(source, raw, OkrProperties.METRIC, OkrProperties::metric);
        List<CheckIn> checkIns = property(source, raw, OkrProperties.CHECK_INS, OkrProperties::checkIns).orElse(List.of());
        return new KeyResult(raw.issue(), metric.map(MetricProperty::metric),
                metric.map(MetricProperty::weight).orElse(KeyResult.DEFAULT_WEIGHT), checkIns);
    }

    private static Optional<KpiReading> kpiReading(String source, RawIssue raw) throws BadInputException {
        return property(source, raw, OkrProperties.KPI, OkrProperties::kpiReading);
    }

    private static <T> Optional<T> property(String source, RawIssue raw, String name,
            Function<JsonNode, T> parser) throws BadInputException {
        JsonNode value = raw.properties().get(name);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        try {
            return Optional.of(parser.apply(value));
        } catch (PropertyException e) {
            throw new BadInputException(source + ": issue " + raw.issue().key() + ", property " + e.getMessage(), e);
        }
    }

    /** One issue of the export, with what selection and assembly need. */
    private record RawIssue(Issue issue, String issueType, boolean subtask, List<String> labels,
            Optional<String> epicKey, List<Link> links, JsonNode properties) {
    }

    /** An issue link seen from one side: {@code outward} when this issue is the link's source. */
    private record Link(String type, String otherKey, String otherIssueType, boolean outward) {
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

        Optional<RawIssue> read() throws BadInputException {
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
            Optional<StatusCategory> status = StatusCategory.fromKey(categoryKey);
            if (status.isEmpty()) {
                warnings.accept(source + ": issue " + key + ", field status.statusCategory.key: unknown status category \""
                        + OkrProperties.shown(categoryKey) + "\" (Jira has new, indeterminate, done); the issue is left out");
                return Optional.empty();
            }
            JsonNode issueType = fields.path("issuetype");
            String project = fields.path("project").isObject() ? text(fields.path("project"), "key", false) : "";
            Issue issue = new Issue(key, text(fields, "summary", false),
                    project.isEmpty() ? key.substring(0, key.lastIndexOf('-')) : project,
                    assignee(fields), status.get(),
                    date(fields, "created", true).orElseThrow(), date(fields, "duedate", false),
                    date(fields, "resolutiondate", false));
            JsonNode properties = node.path("properties");
            if (!properties.isMissingNode() && !properties.isNull() && !properties.isObject()) {
                throw problem("properties", "expected an object of entity properties");
            }
            return Optional.of(new RawIssue(issue, text(issueType, "name", true), issueType.path("subtask").asBoolean(false),
                    labels(fields), epicKey(fields), links(fields), properties.isObject() ? properties : JSON.createObjectNode()));
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

        private List<Link> links(JsonNode fields) throws BadInputException {
            List<Link> values = new ArrayList<>();
            for (JsonNode link : list(fields, "issuelinks", "issue links")) {
                String type = text(link.path("type"), "name", false);
                for (String side : List.of("outwardIssue", "inwardIssue")) {
                    JsonNode other = link.path(side);
                    if (other.isObject()) {
                        values.add(new Link(type, issueKey(other, "key"),
                                other.path("fields").path("issuetype").path("name").asText(""), side.startsWith("out")));
                    }
                }
            }
            return values;
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
