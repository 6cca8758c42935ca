package com.okradvisor.cli;

/** A live Jira that cannot be reached or refuses the scan; the message says what to fix. Exit code 3. */
public final class JiraUnavailableException extends Exception {

    private static final long serialVersionUID = 1L;

    public JiraUnavailableException(String message) {
        super(message);
    }

    public JiraUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
