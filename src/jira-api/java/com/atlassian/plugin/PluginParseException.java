package com.atlassian.plugin;

// Mirrors https://docs.atlassian.com/atlassian-plugins-parent/2.9.0/apidocs/com/atlassian/plugin/PluginParseException.html
// Declaration only (DESIGN.md §6): Jira provides the real type at run time; never packaged.

public class PluginParseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PluginParseException(String message) {
        super(message);
    }
}
