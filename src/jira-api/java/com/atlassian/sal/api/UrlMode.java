package com.atlassian.sal.api;

// Mirrors SAL's UrlMode, https://docs.atlassian.com/sal-api/latest/com/atlassian/sal/api/UrlMode.html: the constants
// this app or its sources use (RELATIVE: the context path, e.g. /jira, or empty; CANONICAL: the Slack app's call named
// in ApplicationProperties.java). Declaration only (docs/jira-api.md): Jira provides the real type; never packaged.

public enum UrlMode {
    ABSOLUTE,
    RELATIVE,
    CANONICAL,
    AUTO
}
