package com.atlassian.sal.api.user;

// Mirrors https://docs.atlassian.com/sal-api/latest/com/atlassian/sal/api/user/UserKey.html
// Declaration only (docs/jira-api.md, "Declarations"): Jira provides the real type at run time; never packaged.

public class UserKey implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    public UserKey(String userKey) {
        throw new UnsupportedOperationException("declaration only");
    }

    public String getStringValue() {
        throw new UnsupportedOperationException("declaration only");
    }
}
