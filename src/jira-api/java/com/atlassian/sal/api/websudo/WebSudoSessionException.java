package com.atlassian.sal.api.websudo;

// Mirrors https://docs.atlassian.com/sal-parent/3.0.0/apidocs/com/atlassian/sal/api/websudo/package-summary.html and SAL's
// public source (github.com/mrdon/SAL, sal-api/src/main/java/com/atlassian/sal/api/websudo/WebSudoSessionException.java:
// extends RuntimeException); that it is still unchecked on Platform 7 and 8 is UNCONFIRMED (docs/jira-api.md).
// Declaration only (docs/jira-api.md, "Declarations"): Jira provides the real type at run time; never packaged.

public class WebSudoSessionException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public WebSudoSessionException(String message) {
        super(message);
    }
}
