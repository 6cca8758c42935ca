package com.atlassian.jira.issue.label;

// Mirrors https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/issue/label/Label.html
// (a final @PublicApi class since Jira 4.2; getLabel() as in Jira's own jira-api source). Issue.getLabels()
// returns a Set of these on Jira 10 and 11: Atlassian's Slack app implements Issue with that signature on
// both (atlassian-labs/atlassian-slack-integration-server, branches release-2.x and master,
// jira-slack-server-integration-plugin, web/rest/SlackMessageResource.java).
// A value class in Jira: the constructor Label(Long id, Long issue, String label) and the field getLabel()
// returns are as in Jira's public jira-api source (com/atlassian/jira/issue/label/Label.java, found in the
// code index); that they are unchanged in 10.3 and 11.3 is UNCONFIRMED. This declaration keeps the label as
// that source does, so tests and benchmarks can build one without a mock (docs/jira-api.md, "Declarations").
// Declaration only (docs/jira-api.md): Jira provides the real type at run time; never packaged.

public final class Label {
    private final String label;

    public Label(Long id, Long issue, String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
