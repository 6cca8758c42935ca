package com.atlassian.beehive;

// Mirrors https://docs.atlassian.com/beehive/0.0.8/apidocs/com/atlassian/beehive/ClusterLock.html
// Declaration only (docs/jira-api.md, "Declarations"): Jira provides the real type at run time; never packaged.

import java.util.concurrent.locks.Lock;

public interface ClusterLock extends Lock {
}
