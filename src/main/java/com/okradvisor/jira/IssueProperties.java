package com.okradvisor.jira;

import com.atlassian.jira.entity.property.EntityProperty;
import com.atlassian.jira.entity.property.JsonEntityPropertyManager;
import java.util.HashMap;
import java.util.Map;
import javax.inject.Inject;
import javax.inject.Named;

/** Reads an issue's {@code okr.*} entity properties, all of them in one query, and writes one of them. */
@Named
public class IssueProperties {

    /** The entity name Jira stores issue properties under. */
    static final String ISSUE_PROPERTY = "IssueProperty";
    static final String OKR_PREFIX = "okr.";

    private final JsonEntityPropertyManager propertyManager;

    @Inject
    public IssueProperties(JsonEntityPropertyManager propertyManager) {
        this.propertyManager = propertyManager;
    }

    /** The issue's {@code okr.*} properties, property key to JSON text. */
    public Map<String, String> okrProperties(Long issueId) {
        Map<String, String> values = new HashMap<>();
        for (EntityProperty property : propertyManager.query().entityName(ISSUE_PROPERTY).entityId(issueId)
                .keyPrefix(OKR_PREFIX).find()) {
            values.put(property.getKey(), property.getValue());
        }
        return values;
    }

    /** Replaces the issue's property {@code key} with {@code json}, which must fit Jira's length limit. */
    public void put(Long issueId, String key, String json) {
        propertyManager.put(ISSUE_PROPERTY, issueId, key, json);
    }
}
