package com.atlassian.plugin;

// Mirrors https://docs.atlassian.com/atlassian-plugins-parent/2.9.0/apidocs/com/atlassian/plugin/PluginException.html
// (the base of PluginParseException, which the web-fragment interfaces declare).
// Declaration only (docs/jira-api.md): Jira provides the real type at run time; never packaged.

public class PluginException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PluginException(String message) {
        super(message);
    }
}
