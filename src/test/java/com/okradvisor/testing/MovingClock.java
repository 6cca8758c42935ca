package com.okradvisor.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock the test moves: it stands still at the instant it was last set to, in UTC. */
public final class MovingClock extends Clock {

    private Instant now;

    public MovingClock(Instant now) {
        this.now = now;
    }

    public void setTo(Instant instant) {
        now = instant;
    }

    public void advance(long seconds) {
        now = now.plusSeconds(seconds);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
