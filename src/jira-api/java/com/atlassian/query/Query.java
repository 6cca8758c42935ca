package com.atlassian.query;

// Mirrors https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/query/Query.html
// Declaration only (docs/jira-api.md, "Declarations"): Jira provides the real type at run time; never packaged.

public interface Query {
}
