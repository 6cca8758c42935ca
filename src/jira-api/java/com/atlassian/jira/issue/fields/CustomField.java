package com.atlassian.jira.issue.fields;

// Mirrors https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/issue/fields/CustomField.html;
// the app only passes it to Issue.getCustomFieldValue(CustomField).
// Declaration only (docs/jira-api.md): Jira provides the real type at run time; never packaged.

public interface CustomField {
}
