package com.atlassian.sal.api.websudo;

// Mirrors SAL's WebSudoRequired (sal-api, @since 2.2; public source, e.g. mrdon/SAL,
// sal-api/src/main/java/com/atlassian/sal/api/websudo/WebSudoRequired.java): "Elements marked with this
// annotation will require WebSudo protection ... can be applied to REST resources". REST v1 enforced it
// with WebSudoResourceFilter (atlassian-rest, com.atlassian.plugins.rest.common.sal.websudo); that REST v2 on
// Platform 7 and 8 still does is UNCONFIRMED, so the app also checks WebSudoManager itself (docs/jira-api.md).
// Declaration only (docs/jira-api.md): Jira provides the real type at run time; never packaged.

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PACKAGE, ElementType.METHOD, ElementType.TYPE})
@Inherited
public @interface WebSudoRequired {
}
