package com.atlassian.jira.entity.property;

// Mirrors https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/entity/property/JsonEntityPropertyManager.html
// Declaration only (DESIGN.md §6): Jira provides the real type at run time; never packaged.

public interface JsonEntityPropertyManager {
    EntityPropertyQuery<?> query();

    /** Sets the property's value, replacing any value it had; Jira refuses a value over its length limit. */
    void put(String entityName, Long entityId, String key, String json);
}
