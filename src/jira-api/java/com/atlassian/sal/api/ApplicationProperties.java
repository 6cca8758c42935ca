package com.atlassian.sal.api;

// Mirrors SAL's ApplicationProperties, https://docs.atlassian.com/sal-api/latest/com/atlassian/sal/api/ApplicationProperties.html
// (getBaseUrl(UrlMode), since SAL 2.10). No servlet type, so one declaration serves Jira 10.3 and 11.3: Atlassian's
// Slack app imports it and calls getBaseUrl(UrlMode.CANONICAL) on both lines (atlassian-labs/atlassian-slack-integration-server,
// branches release-2.x and master: jira-slack-server-integration-plugin, manager/impl/DefaultDedicatedChannelManager.java).
// Declaration only (docs/jira-api.md): Jira provides the real type at run time; never packaged.

public interface ApplicationProperties {
    String getBaseUrl(UrlMode urlMode);
}
