package cn.zhicheng.app.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * The demonstration's clock: the round's days follow one another in minutes, so each act is taken on the day the
 * procedure of 六 would take it. Only the demonstration moves it; every service reads it as it reads the real one.
 */
final class DemoClock extends Clock {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private volatile Instant now;

    DemoClock(LocalDateTime start) {
        this.now = start.atZone(CHINA).toInstant();
    }

    /** Moves to a time of day in China. */
    void set(LocalDateTime at) {
        this.now = at.atZone(CHINA).toInstant();
    }

    @Override
    public ZoneId getZone() {
        return CHINA;
    }

    /** The same moving time, seen in another zone. */
    @Override
    public Clock withZone(ZoneId zone) {
        DemoClock self = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return self.withZone(other);
            }

            @Override
            public Instant instant() {
                return self.instant();
            }
        };
    }

    @Override
    public Instant instant() {
        return now;
    }
}
