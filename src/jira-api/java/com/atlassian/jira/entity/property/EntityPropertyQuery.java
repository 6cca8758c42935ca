package com.atlassian.jira.entity.property;

// Mirrors https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/entity/property/EntityPropertyQuery.html
// Declaration only (docs/jira-api.md, "Declarations"): Jira provides the real type at run time; never packaged.

import java.util.List;

public interface EntityPropertyQuery<T extends EntityPropertyQuery<T>> {
    ExecutableQuery entityName(String entityName);

    T entityId(Long entityId);

    T keyPrefix(String keyPrefix);

    /** Mirrors {@code EntityPropertyQuery.ExecutableQuery}. */
    interface ExecutableQuery extends EntityPropertyQuery<ExecutableQuery> {
        List<EntityProperty> find();
    }
}
