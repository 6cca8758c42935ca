package com.okradvisor.jira;

/** Jira could not give the app what it asked for, e.g. a mapping's JQL is not valid in this Jira. */
public class OkrReadException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public OkrReadException(String message, Throwable cause) {
        super(message, cause);
    }
}
