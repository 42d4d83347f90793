package dev.seamsim.http;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * seam-request-id values: random version-4 UUIDs drawn from ThreadLocalRandom. A request id needs no
 * cryptographic strength, and UUID.randomUUID() would make every request thread take SecureRandom's one lock.
 */
public final class RequestIds {
    private RequestIds() {}

    public static String next() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L; // version 4
        long low = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L; // IETF variant
        return new UUID(high, low).toString();
    }
}
