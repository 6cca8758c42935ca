package com.okradvisor.jira;

import com.atlassian.jira.entity.property.EntityProperty;
import com.atlassian.jira.entity.property.JsonEntityPropertyManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.inject.Inject;
import javax.inject.Named;

/**
 * Reads issues' {@code okr.*} entity properties (one issue's in one query; many issues' in pages over
 * every issue's {@code okr.*} properties, never a query per issue) and writes one of them.
 */
@Named
public class IssueProperties {

    /** The entity name Jira stores issue properties under. */
    static final String ISSUE_PROPERTY = "IssueProperty";
    static final String OKR_PREFIX = "okr.";
    /**
     * Properties asked for in one query of a bulk read. A value holds at most 32,768 characters and
     * most are a few hundred, so a page is a few hundred kilobytes, rarely more.
     */
    static final int PROPERTY_PAGE = 500;

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

    /**
     * The {@code okr.*} properties of the issues {@code issueIds} names, issue id to property key to
     * JSON text. Jira's query takes one entity id or none, so this pages through every issue's
     * {@code okr.*} properties, which Jira orders by entity and key, and keeps those of the issues asked
     * for: the queries grow with the site's {@code okr.*} properties divided by {@value #PROPERTY_PAGE},
     * never with the issues asked for. A property written between two pages may be missed or read twice
     * (offset paging); the next read sees it.
     */
    public Map<Long, Map<String, String>> okrProperties(Set<Long> issueIds) {
        Map<Long, Map<String, String>> values = new HashMap<>();
        if (issueIds.isEmpty()) {
            return values;
        }
        int offset = 0;
        List<EntityProperty> page;
        do {
            page = propertyManager.query().entityName(ISSUE_PROPERTY).keyPrefix(OKR_PREFIX).offset(offset)
                    .maxResults(PROPERTY_PAGE).find();
            for (EntityProperty property : page) {
                if (issueIds.contains(property.getEntityId())) {
                    values.computeIfAbsent(property.getEntityId(), id -> new HashMap<>()).put(property.getKey(), property.getValue());
                }
            }
            offset += page.size();
        } while (page.size() == PROPERTY_PAGE);
        return values;
    }

    /** Replaces the issue's property {@code key} with {@code json}, which must fit Jira's length limit. */
    public void put(Long issueId, String key, String json) {
        propertyManager.put(ISSUE_PROPERTY, issueId, key, json);
    }
}
