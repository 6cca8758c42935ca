package com.atlassian.jira.issue;

// Mirrors https://docs.atlassian.com/jira/7.2.0/com/atlassian/jira/issue/CustomFieldManager.html (@PublicApi:
// binary compatible across versions; getCustomFieldObjectByName is deprecated for this one). Imported as a
// component by Atlassian's Slack app on Jira 11 (atlassian-labs/atlassian-slack-integration-server, master,
// jira-slack-server-integration-plugin, service/ComponentImports.java). No 10.3 or 11.3 page could be read.
// Declaration only (docs/jira-api.md): Jira provides the real type at run time; never packaged.

import com.atlassian.jira.issue.fields.CustomField;
import java.util.Collection;

public interface CustomFieldManager {
    Collection<CustomField> getCustomFieldObjectsByName(String customFieldName);
}
