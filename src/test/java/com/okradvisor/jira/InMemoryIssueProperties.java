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
 * Jira's entity property store for issues, in memory, counting the queries it answers. Like Jira it
 * refuses a value longer than the property size limit.
 */
public final class InMemoryIssueProperties implements JsonEntityPropertyManager {

    private final Map<Long, Map<String, String>> byIssue = new TreeMap<>();
    private int queries;

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
            if (!IssueProperties.ISSUE_PROPERTY.equals(entityName)) {
                return found;
            }
            byIssue.forEach((id, values) -> {
                if (entityId == null || entityId.equals(id)) {
                    new TreeMap<>(values).forEach((key, value) -> {
                        if (key.startsWith(keyPrefix)) {
                            found.add(new Property(id, key, value));
                        }
                    });
                }
            });
            if (maxResults <= 0) {
                return found;
            }
            return found.subList(Math.min(offset, found.size()), Math.min(offset + maxResults, found.size()));
        }
    }

    private record Property(Long getEntityId, String getKey, String getValue) implements EntityProperty {
    }
}
