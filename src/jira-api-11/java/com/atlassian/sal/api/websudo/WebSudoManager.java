package com.atlassian.sal.api.websudo;

// Jira 11: mirrors SAL's WebSudoManager as Atlassian's Slack app calls it on Platform 8 (jakarta servlet types):
// https://github.com/atlassian-labs/atlassian-slack-integration-server, branch master, slack-server-integration-common/src/main/java/com/atlassian/plugins/slack/admin/ConfigureServlet.java.
// Declaration only (docs/jira-api.md): Jira provides the real type at run time; never packaged.

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

public interface WebSudoManager {
    void enforceWebSudoProtection(HttpServletRequest request, HttpServletResponse response);

    void willExecuteWebSudoRequest(HttpServletRequest request) throws WebSudoSessionException;
}
