package com.okradvisor.jira;

import com.atlassian.jira.entity.property.EntityProperty;
import com.atlassian.jira.entity.property.EntityPropertyQuery;
import com.atlassian.jira.entity.property.JsonEntityPropertyManager;
import com.okradvisor.intake.OkrProperties;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Jira's entity property store for issues, in memory, counting the queries it answers and charging each
 * as a database query ({@link JiraCosts}). Like Jira it refuses a value longer than the property size limit.
 */
public final class InMemoryIssueProperties implements JsonEntityPropertyManager {

    private final Map<Long, Map<String, String>> byIssue = new TreeMap<>();
    private final JiraCosts costs;
    /** The properties with a key prefix, in Jira's order (entity, then key), made at the first query after a change. */
    private final Map<String, List<EntityProperty>> ordered = new HashMap<>();
    private int queries;

    public InMemoryIssueProperties() {
        this(JiraCosts.counted(JiraCosts.FREE));
    }

    InMemoryIssueProperties(JiraCosts costs) {
        this.costs = costs;
    }

    public InMemoryIssueProperties put(long issueId, String key, String json) {
        put(IssueProperties.ISSUE_PROPERTY, issueId, key, json);
        return this;
    }

    /** The stored JSON text, or null. */
    public String value(long issueId, String key) {
        return byIssue.getOrDefault(issueId, Map.of()).get(key);
    }

    @Override
    public void put(String entityName, Long entityId, String key, String json) {
        if (!IssueProperties.ISSUE_PROPERTY.equals(entityName) || json.length() > OkrProperties.MAX_VALUE_LENGTH) {
            throw new IllegalArgumentException("Jira refuses " + entityName + " " + key + " of " + json.length() + " characters");
        }
        byIssue.computeIfAbsent(entityId, id -> new HashMap<>()).put(key, json);
        ordered.clear();
    }

    int queries() {
        return queries;
    }

    void forgetQueries() {
        queries = 0;
    }

    @Override
    public EntityPropertyQuery<?> query() {
        return new Query();
    }

    private final class Query implements EntityPropertyQuery.ExecutableQuery {
        private String entityName;
        private Long entityId;
        private String keyPrefix = "";
        private int offset;
        private int maxResults;

        @Override
        public ExecutableQuery entityName(String name) {
            this.entityName = name;
            return this;
        }

        @Override
        public ExecutableQuery entityId(Long id) {
            this.entityId = id;
            return this;
        }

        @Override
        public ExecutableQuery keyPrefix(String prefix) {
            this.keyPrefix = prefix;
            return this;
        }

        @Override
        public ExecutableQuery offset(int first) {
            this.offset = first;
            return this;
        }

        @Override
        public ExecutableQuery maxResults(int most) {
            this.maxResults = most;
            return this;
        }

        /** As Jira answers: ordered by entity and key, from the offset, at most maxResults when it is set. */
        @Override
        public List<EntityProperty> find() {
            queries++;
            List<EntityProperty> found = new ArrayList<>();
            if (IssueProperties.ISSUE_PROPERTY.equals(entityName)) {
                List<EntityProperty> candidates = entityId == null ? ordered(keyPrefix)
                        : properties(entityId, byIssue.getOrDefault(entityId, Map.of()), keyPrefix);
                int end = maxResults <= 0 ? candidates.size() : (int) Math.min(candidates.size(), (long) offset + maxResults);
                found.addAll(candidates.subList(Math.min(offset, end), end));
            }
            costs.databaseQuery(found.size());
            return found;
        }
    }

    private List<EntityProperty> ordered(String keyPrefix) {
        return ordered.computeIfAbsent(keyPrefix, prefix -> {
            List<EntityProperty> all = new ArrayList<>();
            byIssue.forEach((id, values) -> all.addAll(properties(id, values, prefix)));
            return all;
        });
    }

    private static List<EntityProperty> properties(Long id, Map<String, String> values, String keyPrefix) {
        List<EntityProperty> properties = new ArrayList<>();
        new TreeMap<>(values).forEach((key, value) -> {
            if (key.startsWith(keyPrefix)) {
                properties.add(new Property(id, key, value));
            }
        });
        return properties;
    }

    private record Property(Long getEntityId, String getKey, String getValue) implements EntityProperty {
    }
}
