package dev.seamsim.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The simulator's clock: real time shifted by an offset, or frozen (deterministic mode), and settable at run time
 * through /_fake/clock so tests can move time to check anything time-dependent.
 */
public final class SimClock extends Clock {
    private final Clock real;
    private final boolean frozen;
    private final Instant start;
    private final Duration startOffset;
    private volatile Instant frozenAt;
    private volatile Duration offset;

    private SimClock(Clock real, boolean frozen, Instant start) {
        this.real = real;
        this.frozen = frozen;
        this.start = start;
        this.startOffset = !frozen && start != null ? Duration.between(real.instant(), start) : Duration.ZERO;
        restart();
    }

    /** Real time, optionally starting at {@code start} and running on from there. */
    public static SimClock running(Clock real, Instant start) {
        return new SimClock(real, false, start);
    }

    /** Stands still at {@code start} until set or advanced. */
    public static SimClock frozen(Instant start) {
        return new SimClock(Clock.systemUTC(), true, start);
    }

    public boolean isFrozen() {
        return frozen;
    }

    /** Back to how it started: a frozen clock to its start, a running one to its first offset from real time. */
    public synchronized void restart() {
        frozenAt = start;
        offset = startOffset;
    }

    public synchronized void set(Instant instant) {
        if (frozen) frozenAt = instant;
        else offset = Duration.between(real.instant(), instant);
    }

    public synchronized void advance(Duration duration) {
        if (frozen) frozenAt = frozenAt.plus(duration);
        else offset = offset.plus(duration);
    }

    @Override
    public Instant instant() {
        return frozen ? frozenAt : real.instant().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the simulator's clock is always UTC");
    }
}
