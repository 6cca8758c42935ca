package com.atlassian.jira.issue.issuetype;

// Mirrors https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/issue/issuetype/IssueType.html
// (getName() is inherited from IssueConstant). Called as issue.getIssueType().getName() by Atlassian's Slack
// app on Jira 10 (atlassian-labs/atlassian-slack-integration-server, branch release-2.x) and Jira 11 (master):
// jira-slack-server-integration-plugin, service/notification/impl/JiraIssueEventRenderer.java.
// Declaration only (docs/jira-api.md): Jira provides the real type at run time; never packaged.

public interface IssueType {
    String getName();

    boolean isSubTask();
}
