package com.atlassian.jira.entity.property;

// Mirrors https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/entity/property/EntityPropertyQuery.html
// Declaration only (docs/jira-api.md, "Declarations"): Jira provides the real type at run time; never packaged.

import java.util.List;

public interface EntityPropertyQuery<T extends EntityPropertyQuery<T>> {
    ExecutableQuery entityName(String entityName);

    T entityId(Long entityId);

    T keyPrefix(String keyPrefix);

    /**
     * Paging: results are ordered by entity name, entity id and key; the offset is ignored unless
     * maxResults is set. From Jira's public source of JsonEntityPropertyManagerImpl (since 6.1:
     * {@code filteredQuery} orders by ENTITY_NAME, ENTITY_ID, KEY and limits by offset and maxResults)
     * and its TestEntityPropertyQuery; that both are unchanged in 10.3 and 11.3 is UNCONFIRMED.
     */
    T offset(int offset);

    T maxResults(int maxResults);

    /** Mirrors {@code EntityPropertyQuery.ExecutableQuery}. */
    interface ExecutableQuery extends EntityPropertyQuery<ExecutableQuery> {
        List<EntityProperty> find();
    }
}
