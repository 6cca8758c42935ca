package com.okradvisor.cli;

/** Input the runner cannot judge: the message names the file, the issue key and the field. Exit code 2. */
public final class BadInputException extends Exception {

    private static final long serialVersionUID = 1L;

    public BadInputException(String message) {
        super(message);
    }

    public BadInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
