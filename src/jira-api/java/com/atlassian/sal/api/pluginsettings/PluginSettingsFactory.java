package com.atlassian.sal.api.pluginsettings;

// Mirrors https://docs.atlassian.com/sal-api/latest/com/atlassian/sal/api/pluginsettings/PluginSettingsFactory.html
// Declaration only (docs/jira-api.md, "Declarations"): Jira provides the real type at run time; never packaged.

public interface PluginSettingsFactory {
    PluginSettings createGlobalSettings();
}
