package com.atlassian.jira.entity.property;

// Mirrors https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/entity/property/JsonEntityPropertyManager.html
// Declaration only (docs/jira-api.md, "Declarations"): Jira provides the real type at run time; never packaged.

public interface JsonEntityPropertyManager {
    EntityPropertyQuery<?> query();

    /**
     * Sets the property's value, replacing any value it had; Jira refuses a value over its length limit.
     * Jira's javadoc marks this deprecated (it publishes no EntityPropertySetEvent) in favour of
     * put(ApplicationUser, String, Long, String, String, eventFunction, boolean), whose event-function
     * type changed from fugue's Function2 to java.util.function.BiFunction across versions; that this
     * one is still present in 10.3 is UNCONFIRMED here (the 10.3 page could not be read).
     */
    void put(String entityName, Long entityId, String key, String json);
}
