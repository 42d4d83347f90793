package dev.seamsim.store;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Random;
import java.util.UUID;

/**
 * Where new ids and timestamps come from. Random by default; with a seed, ids follow a fixed sequence (restarted
 * by {@link #restart()}), so the same calls in the same order produce the same ids run after run.
 */
public final class Generators {
    private final Clock clock;
    private final Long seed;
    private Random random;

    private Generators(Clock clock, Long seed) {
        this.clock = clock;
        this.seed = seed;
        restart();
    }

    public static Generators random(Clock clock) {
        return new Generators(clock, null);
    }

    public static Generators seeded(Clock clock, long seed) {
        return new Generators(clock, seed);
    }

    /** Starts the id sequence again (a no-op for random ids). */
    public synchronized void restart() {
        random = seed == null ? null : new Random(seed);
    }

    public String newId() {
        if (seed == null) return UUID.randomUUID().toString();
        synchronized (this) {
            long high = (random.nextLong() & ~0xF000L) | 0x4000L; // version 4
            long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L; // IETF variant
            return new UUID(high, low).toString();
        }
    }

    /** Now, to the millisecond, as Seam's timestamps are. */
    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
