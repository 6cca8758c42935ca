package com.atlassian.sal.api.pluginsettings;

// Mirrors https://docs.atlassian.com/sal-api/latest/com/atlassian/sal/api/pluginsettings/PluginSettings.html
// Declaration only (docs/jira-api.md, "Declarations"): Jira provides the real type at run time; never packaged.

public interface PluginSettings {
    Object get(String key);

    Object put(String key, Object value);

    Object remove(String key);
}
