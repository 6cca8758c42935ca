package com.okradvisor.cli;

import java.time.Instant;

/**
 * The time a scan keeps: its deadline and the waits Jira asks for. Reports never read it (they are
 * judged as of {@code --as-of} or the runner's clock); tests replace it so that no test sleeps.
 */
interface ScanTime {

    Instant now();

    void pause(long seconds) throws InterruptedException;

    /** The wall clock, and waits that sleep. */
    static ScanTime system() {
        return new ScanTime() {
            @Override
            public Instant now() {
                return Instant.now();
            }

            @Override
            public void pause(long seconds) throws InterruptedException {
                Thread.sleep(seconds * 1000);
            }
        };
    }
}
