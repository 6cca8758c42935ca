package com.atlassian.jira.issue.label;

// Mirrors https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/issue/label/Label.html
// (a final @PublicApi class since Jira 4.2; getLabel() as in Jira's own jira-api source). Issue.getLabels()
// returns a Set of these on Jira 10 and 11: Atlassian's Slack app implements Issue with that signature on
// both (atlassian-labs/atlassian-slack-integration-server, branches release-2.x and master,
// jira-slack-server-integration-plugin, web/rest/SlackMessageResource.java).
// Declaration only (docs/jira-api.md): Jira provides the real type at run time; never packaged.

public final class Label {
    public String getLabel() {
        throw new UnsupportedOperationException("declaration only: Jira provides this class");
    }
}
