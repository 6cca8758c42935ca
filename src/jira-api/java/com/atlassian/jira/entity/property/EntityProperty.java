package com.atlassian.jira.entity.property;

// Mirrors https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/entity/property/EntityProperty.html
// Declaration only (docs/jira-api.md, "Declarations"): Jira provides the real type at run time; never packaged.

public interface EntityProperty {
    Long getEntityId();

    String getKey();

    String getValue();
}
