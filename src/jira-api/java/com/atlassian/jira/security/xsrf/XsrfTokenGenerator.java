package com.atlassian.jira.security.xsrf;

// Mirrors https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/security/xsrf/XsrfTokenGenerator.html
// (Jira's form token mechanism: https://developer.atlassian.com/server/jira/platform/form-token-handling/)
// Declaration only (DESIGN.md §6): Jira provides the real type at run time; never packaged.

import javax.servlet.http.HttpServletRequest;

public interface XsrfTokenGenerator {
    String generateToken(HttpServletRequest httpServletRequest);

    String getXsrfTokenName();

    boolean validateToken(HttpServletRequest httpServletRequest, String token);
}
