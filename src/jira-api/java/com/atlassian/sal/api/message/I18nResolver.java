package com.atlassian.sal.api.message;

// Mirrors SAL's I18nResolver, https://docs.atlassian.com/sal-api/latest/com/atlassian/sal/api/message/I18nResolver.html
// (getText(String key, Serializable... arguments)). No servlet type, so one declaration serves Jira 10.3 and 11.3:
// Atlassian's Slack app imports it as a host component on both (atlassian-labs/atlassian-slack-integration-server,
// branches release-2.x and master: jira-slack-server-integration-plugin, service/ComponentImports.java) and calls
// getText(key, args...) on master (service/notification/impl/DefaultAttachmentHelper.java).
// Declaration only (docs/jira-api.md): Jira provides the real type at run time; never packaged.

import java.io.Serializable;

public interface I18nResolver {
    String getText(String key, Serializable... arguments);
}
