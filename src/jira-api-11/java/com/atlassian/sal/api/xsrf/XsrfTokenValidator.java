package com.atlassian.sal.api.xsrf;

// Jira 11: mirrors SAL's XsrfTokenValidator as implemented in
// https://docs.atlassian.com/atlassian-crowd/7.0.0-EAP02/com/atlassian/sal/crowd/xsrf/CrowdXsrfTokenValidator.html (SAL on Platform 8: jakarta servlet types); the accessor's jakarta signature is inferred from the same move of the whole SAL API (UNCONFIRMED, docs/jira-api.md).
// Jira's SAL implementation (com.atlassian.sal.jira.xsrf) checks Jira's own atl_token.
// Declaration only (docs/jira-api.md): Jira provides the real type at run time; never packaged.

import jakarta.servlet.http.HttpServletRequest;

public interface XsrfTokenValidator {
    boolean validateFormEncodedToken(HttpServletRequest request);

    String getXsrfParameterName();
}
