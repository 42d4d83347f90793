package dev.seamsim.store;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** Where new ids and timestamps come from, so that tests and later modes can make them predictable. */
public class Generators {
    private final Clock clock;

    public Generators(Clock clock) {
        this.clock = clock;
    }

    public String newId() {
        return UUID.randomUUID().toString();
    }

    /** Now, to the millisecond, as Seam's timestamps are. */
    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
