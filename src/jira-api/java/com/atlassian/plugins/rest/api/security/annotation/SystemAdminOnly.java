package com.atlassian.plugins.rest.api.security.annotation;

// Mirrors https://developer.atlassian.com/platform/marketplace/dc-apps-platform-7-preparing-for-secure-endpoints
// (REST v2 access annotations, atlassian-rest-v2-api).
// Declaration only (docs/jira-api.md, "Declarations"): Jira provides the real type at run time; never packaged.

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface SystemAdminOnly {
}
