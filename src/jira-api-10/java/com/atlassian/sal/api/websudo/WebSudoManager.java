package com.atlassian.sal.api.websudo;

// Jira 10: mirrors SAL's WebSudoManager, https://docs.atlassian.com/sal-parent/3.0.0/apidocs/com/atlassian/sal/api/websudo/WebSudoManager.html,
// still javax on Platform 7: https://docs.atlassian.com/atlassian-bamboo/10.2.0/com/atlassian/bamboo/sal/BambooWebSudoManager.html (Bamboo 10, Platform 7) extends it with javax servlet types.
// Declaration only (docs/jira-api.md): Jira provides the real type at run time; never packaged.

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public interface WebSudoManager {
    void enforceWebSudoProtection(HttpServletRequest request, HttpServletResponse response);

    void willExecuteWebSudoRequest(HttpServletRequest request) throws WebSudoSessionException;
}
