package com.atlassian.beehive;

// Mirrors https://docs.atlassian.com/beehive/0.0.6/apidocs/com/atlassian/beehive/ClusterLockService.html
// Declaration only (docs/jira-api.md, "Declarations"): Jira provides the real type at run time; never packaged.

public interface ClusterLockService {
    ClusterLock getLockForName(String lockName);
}
