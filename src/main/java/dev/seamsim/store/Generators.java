package dev.seamsim.store;

import java.nio.ByteBuffer;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
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
    private static final ThreadLocal<SecureRandom> STRONG = ThreadLocal.withInitial(Generators::strongRandom);
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
        if (seed == null) {
            byte[] bytes = new byte[16];
            STRONG.get().nextBytes(bytes);
            ByteBuffer b = ByteBuffer.wrap(bytes);
            return uuid(b.getLong(), b.getLong());
        }
        synchronized (this) {
            return uuid(random.nextLong(), random.nextLong());
        }
    }

    /** A version-4 (random) UUID's text from 128 random bits, as UUID.randomUUID() makes it. */
    private static String uuid(long high, long low) {
        return new UUID((high & ~0xF000L) | 0x4000L, (low & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L).toString();
    }

    /**
     * UUID.randomUUID() draws from one SecureRandom that every request thread locks in turn (and Linux's
     * NativePRNG shares one lock between all its instances); a SHA1PRNG per thread, seeded from it once, draws
     * as strong ids without that lock.
     */
    private static SecureRandom strongRandom() {
        try {
            SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
            byte[] seed = new byte[32];
            Seeds.SOURCE.nextBytes(seed);
            random.setSeed(seed); // before any use: then this is its only seed
            return random;
        } catch (NoSuchAlgorithmException e) {
            return new SecureRandom();
        }
    }

    /** Made on first use, not at start-up. */
    private static final class Seeds {
        static final SecureRandom SOURCE = new SecureRandom();
    }

    /** Now, to the millisecond, as Seam's timestamps are. */
    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
