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

    /** {@code duration} in the largest whole unit: "2 h", "5 min", "60 s", "300 ms". */
    static String describe(Duration duration) {
        long millis = duration.toMillis();
        if (millis % 3_600_000 == 0 && millis > 0) {
            return millis / 3_600_000 + " h";
        }
        if (millis % 60_000 == 0 && millis > 0) {
            return millis / 60_000 + " min";
        }
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }

    /** {@code bytes} in the largest whole unit: "64 MiB", "16 KiB", "1000 bytes". */
    static String describeBytes(long bytes) {
        if (bytes % (1024 * 1024) == 0 && bytes > 0) {
            return bytes / (1024 * 1024) + " MiB";
        }
        return bytes % 1024 == 0 && bytes > 0 ? bytes / 1024 + " KiB" : bytes + " bytes";
    }
}
