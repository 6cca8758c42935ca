package com.okradvisor.cli;

/** The runner's exit codes (docs/design.md, "Command-line contract"). */
final class ExitCodes {

    /** Success. */
    static final int OK = 0;
    /** A finding at or above {@code --fail-on}. */
    static final int FINDINGS = 1;
    /** Bad input: the message names the file, the issue key and the field. Also bad options. */
    static final int BAD_INPUT = 2;
    /** Jira unreachable or refused. */
    static final int JIRA_UNAVAILABLE = 3;
    /** A bug in the runner or an Error such as out of memory (sysexits' EX_SOFTWARE), so that CI never mistakes it for findings. */
    static final int INTERNAL_ERROR = 70;
    /** Standard output could not be written (sysexits' EX_IOERR): the report is incomplete, so the run failed. */
    static final int OUTPUT_FAILED = 74;

    private ExitCodes() {
    }
}
