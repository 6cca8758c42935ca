package com.okradvisor.cli;

import java.time.Duration;

/**
 * How much a scan takes from a server before it stops: what one answer may weigh and how long it may
 * take, how long the whole scan may take, and how long it waits in all when Jira asks it to slow down.
 *
 * @param pageBytes the largest answer read; a larger one ends the scan
 * @param pageTimeout how long one answer, headers and body, may take
 * @param scanTimeout how long the whole scan may take
 * @param rateLimitWait how long the scan waits in all for 429 and 503 answers before it gives up
 */
record ScanLimits(long pageBytes, Duration pageTimeout, Duration scanTimeout, Duration rateLimitWait) {

    static final ScanLimits DEFAULTS = new ScanLimits(64L * 1024 * 1024, Duration.ofSeconds(60), Duration.ofHours(2),
            Duration.ofMinutes(5));
}
