package com.atlassian.sal.api.xsrf;

// Jira 10: mirrors SAL's XsrfTokenValidator as implemented in
// https://docs.atlassian.com/atlassian-bamboo/10.0.1/com/atlassian/sal/bamboo/xsrf/BambooDelegatingXsrfTokenValidator.html and https://docs.atlassian.com/atlassian-crowd/6.1.0/com/atlassian/sal/crowd/xsrf/CrowdXsrfTokenAccessor.html (SAL on Platform 7, javax servlet types).
// Jira's SAL implementation (com.atlassian.sal.jira.xsrf) checks Jira's own atl_token.
// Declaration only (docs/jira-api.md): Jira provides the real type at run time; never packaged.

import javax.servlet.http.HttpServletRequest;

public interface XsrfTokenValidator {
    boolean validateFormEncodedToken(HttpServletRequest request);

    String getXsrfParameterName();
}
