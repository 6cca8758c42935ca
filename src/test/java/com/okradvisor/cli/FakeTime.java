package com.okradvisor.cli;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** A scan's time that stands still except when the scan waits: every wait is recorded and moves it on at once. */
final class FakeTime implements ScanTime {

    final List<Long> pauses = new ArrayList<>();
    private Instant now = CliRun.TODAY.atStartOfDay().toInstant(ZoneOffset.UTC);

    @Override
    public Instant now() {
        return now;
    }

    @Override
    public void pause(long seconds) {
        pauses.add(seconds);
        now = now.plusSeconds(seconds);
    }
}
