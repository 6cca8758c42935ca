package com.okradvisor.cli;

import java.io.PrintWriter;

/**
 * Tells the user on standard error how a long scan goes: a bar redrawn in place on a terminal, a line
 * per page otherwise (CI logs), and every wait Jira asks for.
 */
final class ScanProgress {

    private static final int BAR_WIDTH = 30;

    private final PrintWriter err;
    private final boolean terminal;

    ScanProgress(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    /** {@code fetched} of {@code total} issues are in; called once per page of a search that has more than one. */
    void fetched(int fetched, int total) {
        String counts = fetched + " of " + total + " issues";
        if (terminal) {
            int filled = total == 0 ? BAR_WIDTH : (int) ((long) BAR_WIDTH * Math.min(fetched, total) / total);
            err.print("\r[" + "#".repeat(filled) + " ".repeat(BAR_WIDTH - filled) + "] " + counts);
            if (fetched >= total) {
                err.println();
            }
        } else {
            err.println("fetched " + counts);
        }
        err.flush();
    }

    /** {@code fetched} issues are in, of a search that tells no total (Jira Cloud); {@code last} after its last page. */
    void fetchedWithoutTotal(int fetched, boolean last) {
        String counts = "fetched " + fetched + " issues";
        if (terminal) {
            err.print("\r" + counts);
            if (last) {
                err.println();
            }
        } else {
            err.println(counts);
        }
        err.flush();
    }

    /** Jira answered {@code status} (429 or 503) and the scan waits {@code seconds} before trying again. */
    void waiting(int status, long seconds) {
        err.println((terminal ? "\r" : "") + "Jira answered " + status + "; waiting " + seconds + " s before trying again");
        err.flush();
    }
}
