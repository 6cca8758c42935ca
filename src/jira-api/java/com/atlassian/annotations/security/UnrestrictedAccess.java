package com.atlassian.annotations.security;

// The servlet-side access annotation of Platform 7 and 8's secure-by-default endpoints
// (https://developer.atlassian.com/platform/marketplace/dc-apps-platform-7-preparing-for-secure-endpoints/:
// "This update also extends to Servlet and Servlet Filter endpoints"). Package and name as Atlassian's
// Slack app uses them on a servlet filter, on Platform 7 (branch release-2.x) and Platform 8 (master):
// atlassian-labs/atlassian-slack-integration-server, slack-server-integration-common,
// rest/RequestCachingServletFilter.java. Retention: the platform reads it at run time.
// Declaration only (docs/jira-api.md): Jira provides the real type at run time; never packaged.

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface UnrestrictedAccess {
}
