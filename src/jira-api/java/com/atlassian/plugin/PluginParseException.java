package com.atlassian.plugin;

// Mirrors https://docs.atlassian.com/atlassian-plugins-parent/2.9.0/apidocs/com/atlassian/plugin/PluginParseException.html
// Declaration only (docs/jira-api.md): Jira provides the real type at run time; never packaged.

public class PluginParseException extends PluginException {
    private static final long serialVersionUID = 1L;

    public PluginParseException(String message) {
        super(message);
    }
}
