package com.atlassian.sal.api.auth;

// Mirrors https://docs.atlassian.com/sal-api/latest/com/atlassian/sal/api/auth/LoginUriProvider.html
// Declaration only (docs/jira-api.md, "Declarations"): Jira provides the real type at run time; never packaged.

import java.net.URI;

public interface LoginUriProvider {
    URI getLoginUri(URI returnUri);
}
